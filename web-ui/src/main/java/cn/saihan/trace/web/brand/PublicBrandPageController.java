package cn.saihan.trace.web.brand;

import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.saihan.trace.brand.Brand;
import cn.saihan.trace.brand.BrandService;
import cn.saihan.trace.brand.LicenceStatus;
import cn.saihan.trace.producer.ProducerService;

/**
 * A brand's public page, the one a label's link set names as the brand's home: what it is, who owns
 * it, where it may come from, and which producers hold an approved licence. No contact details.
 */
@Controller
class PublicBrandPageController {

	private final BrandService brands;

	private final ProducerService producers;

	PublicBrandPageController(BrandService brands, ProducerService producers) {
		this.brands = brands;
		this.producers = producers;
	}

	@GetMapping("/brands/{code}")
	String brand(@PathVariable String code, Model model) {
		Brand brand = brands.get(code);
		model.addAttribute("brand", brand);
		model.addAttribute("logo", brands.logos().get(code));
		model.addAttribute("owner", brand.getOwnerName() != null ? brand.getOwnerName()
				: producers.get(brand.getOwnerProducerId()).getName());
		model.addAttribute("licensees", brands.licences(code).stream()
			.filter(l -> l.getStatus() == LicenceStatus.APPROVED)
			.map(l -> producers.get(l.getProducerId()))
			.distinct()
			.collect(Collectors.toList()));
		return "brand/public";
	}
}
