package cn.saihan.trace.web.bureau;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.saihan.trace.certification.Certification;
import cn.saihan.trace.certification.CertificationService;
import cn.saihan.trace.certification.CertificationView;
import cn.saihan.trace.certification.Lapse;
import cn.saihan.trace.certification.LapsingCertification;
import cn.saihan.trace.expiry.CertificateExpiry;
import cn.saihan.trace.expiry.ExpiryProperties;
import cn.saihan.trace.lot.ApprovedOutputBalances;
import cn.saihan.trace.lot.ApprovedOutputBalances.OverApprovedLot;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.web.system.Forms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Revoking a certification, the certifications that lapse soon, and the lots over their approved output. */
@Controller
@RequestMapping("/bureau/certifications")
class CertificationPageController {

	private static final int PAGE_SIZE = 50;

	private final CertificationService service;

	private final CertificateExpiry expiry;

	private final ExpiryProperties expiryProperties;

	private final ProducerService producers;

	private final ApprovedOutputBalances balances;

	private final Clock clock;

	CertificationPageController(CertificationService service, CertificateExpiry expiry,
			ExpiryProperties expiryProperties, ProducerService producers, ApprovedOutputBalances balances,
			Clock clock) {
		this.service = service;
		this.balances = balances;
		this.expiry = expiry;
		this.expiryProperties = expiryProperties;
		this.producers = producers;
		this.clock = clock;
	}

	@GetMapping("/{id}/revocation")
	String revocation(@PathVariable long id, Model model) {
		RevocationForm form = new RevocationForm();
		form.setRevokedAt(LocalDate.now(clock));
		return revocationPage(service.get(id), form, model);
	}

	@PostMapping("/{id}/revocation")
	String revoke(@PathVariable long id, @Valid @ModelAttribute("revocationForm") RevocationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Certification certification = service.get(id);
		if (Forms.submit(result, () -> service.revoke(id, form.toRequest())).isPresent()) {
			redirect.addFlashAttribute("notice", "certification.revoked");
			return "redirect:/bureau/producers/" + certification.getProducerId();
		}
		return revocationPage(certification, form, model);
	}

	/**
	 * The certifications of today's expiry list, with the configured days: valid today and ending
	 * soon, then those that lapsed a short while ago, each by last valid day. Asked live, so that a
	 * renewal or a revocation shows at once.
	 */
	@GetMapping("/expiring")
	String expiring(Model model) {
		LocalDate today = LocalDate.now(clock);
		List<LapsingCertification> lapsing = expiry.lapsingToday();
		model.addAttribute("expiring", rows(lapsing, Lapse.EXPIRING, today));
		model.addAttribute("lapsed", rows(lapsing, Lapse.LAPSED, today));
		model.addAttribute("withinDays", expiryProperties.withinDays());
		model.addAttribute("lapsedDays", expiryProperties.lapsedDays());
		return "bureau/expiring";
	}

	/** The lots of a year beyond their approved output (超出核准产量), each linking to its page; this year by default. */
	@GetMapping("/over-approved")
	String overApproved(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000_000) int page, Model model) {
		int shown = year != null ? year : LocalDate.now(clock).getYear();
		Page<OverApprovedLot> lots = balances.overApproved(shown, PageRequest.of(page, PAGE_SIZE));
		Map<Long, String> producerNames = new HashMap<>();
		lots.forEach(lot -> producerNames.computeIfAbsent(lot.producerId(), id -> producers.get(id).getName()));
		model.addAttribute("year", shown);
		model.addAttribute("lots", lots.getContent());
		model.addAttribute("page", lots);
		model.addAttribute("producerNames", producerNames);
		return "bureau/over-approved";
	}

	@GetMapping("/over-approved.csv")
	ResponseEntity<byte[]> overApprovedCsv(@RequestParam @Min(2000) @Max(2100) int year) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("over-approved-" + year + ".csv").build().toString())
			.body(balances.overApprovedCsv(year));
	}

	private static List<Lapsing> rows(List<LapsingCertification> lapsing, Lapse lapse, LocalDate today) {
		return lapsing.stream()
			.filter(l -> l.lapse() == lapse)
			.map(l -> new Lapsing(CertificationView.of(l.certification(), today), l.producer(), l.daysLeft()))
			.toList();
	}

	private String revocationPage(Certification certification, RevocationForm form, Model model) {
		model.addAttribute("certification", CertificationView.of(certification, LocalDate.now(clock)));
		model.addAttribute("producer", producers.get(certification.getProducerId()));
		model.addAttribute("revocationForm", form);
		return "bureau/revocation";
	}

	/** One row of the warning list: the certification, who holds it and the days it has left (negative once lapsed). */
	record Lapsing(CertificationView certification, Producer producer, long daysLeft) {
	}
}
