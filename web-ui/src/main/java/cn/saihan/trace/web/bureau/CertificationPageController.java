package cn.saihan.trace.web.bureau;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.saihan.trace.certification.Certification;
import cn.saihan.trace.certification.CertificationService;
import cn.saihan.trace.certification.CertificationView;
import cn.saihan.trace.certification.Lapse;
import cn.saihan.trace.certification.LapsingCertification;
import cn.saihan.trace.expiry.CertificateExpiry;
import cn.saihan.trace.expiry.ExpiryProperties;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.web.system.Forms;
import jakarta.validation.Valid;

/** Revoking a certification, and the certifications that lapse soon. */
@Controller
@RequestMapping("/bureau/certifications")
class CertificationPageController {

	private final CertificationService service;

	private final CertificateExpiry expiry;

	private final ExpiryProperties expiryProperties;

	private final ProducerService producers;

	private final Clock clock;

	CertificationPageController(CertificationService service, CertificateExpiry expiry,
			ExpiryProperties expiryProperties, ProducerService producers, Clock clock) {
		this.service = service;
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
