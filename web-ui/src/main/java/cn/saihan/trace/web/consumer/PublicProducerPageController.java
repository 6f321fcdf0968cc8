package cn.saihan.trace.web.consumer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.saihan.trace.certification.CertificationService;
import cn.saihan.trace.certification.CertificationView;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.product.ProductService;

/**
 * A producer as anyone may see it, from a search or a product page: who it is, where it grows, what
 * it grows and which certifications it holds. Nothing personal: no contact person or telephone, no
 * credit code, GLN or logins; the bureau sees those on its registry page.
 */
@Controller
class PublicProducerPageController {

	private final ProducerService producers;

	private final CertificationService certifications;

	private final LotService lots;

	private final ProductService products;

	private final Clock clock;

	PublicProducerPageController(ProducerService producers, CertificationService certifications, LotService lots,
			ProductService products, Clock clock) {
		this.producers = producers;
		this.certifications = certifications;
		this.lots = lots;
		this.products = products;
		this.clock = clock;
	}

	@GetMapping("/producers/{id}")
	String producer(@PathVariable long id, Model model) {
		Producer producer = producers.get(id);
		LocalDate today = LocalDate.now(clock);
		List<CertificationView> held = certifications.ofProducer(id).stream()
			.map(certification -> CertificationView.of(certification, today))
			.sorted(Comparator.comparing(CertificationView::validFrom).reversed())
			.toList();
		model.addAttribute("producer", PublicProducer.of(producer));
		model.addAttribute("certifications", held);
		model.addAttribute("products", lots.productCodesOf(id).stream()
			.map(code -> products.find(code).orElse(null))
			.filter(Objects::nonNull)
			.toList());
		return "consumer/producer";
	}

	/** The public part of a producer: whatever the page may show, and nothing else reaches the template. */
	record PublicProducer(long id, String name, String type, String townCode, String village) {

		static PublicProducer of(Producer producer) {
			return new PublicProducer(producer.getId(), producer.getName(), producer.getType().name(),
					producer.getTownCode(), producer.getVillage());
		}
	}
}
