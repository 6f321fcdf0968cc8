package cn.saihan.trace.web.bureau;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import cn.saihan.trace.certification.CertificationStatus;
import cn.saihan.trace.certification.CertificationView;
import cn.saihan.trace.certification.Certifications;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.web.system.Forms;
import jakarta.validation.Valid;

/** Revoking a certification, and the certifications that lapse soon. */
@Controller
@RequestMapping("/bureau/certifications")
class CertificationPageController {

	/** How far ahead the bureau is warned: time enough for a producer to renew. */
	static final int WARNING_DAYS = 60;

	private final CertificationService service;

	private final Certifications certifications;

	private final Producers producers;

	private final Clock clock;

	CertificationPageController(CertificationService service, Certifications certifications, Producers producers,
			Clock clock) {
		this.service = service;
		this.certifications = certifications;
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
	 * Valid today and ending within {@value #WARNING_DAYS} days, soonest first. A district holds a
	 * few hundred certifications, so they are filtered here by the domain's own status rule rather
	 * than by a second rule written in SQL.
	 */
	@GetMapping("/expiring")
	String expiring(Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate horizon = today.plusDays(WARNING_DAYS);
		List<Certification> lapsing = certifications.findAll().stream()
			.filter(c -> c.statusOn(today) == CertificationStatus.VALID)
			.filter(c -> c.getValidTo() != null && !c.getValidTo().isAfter(horizon))
			.sorted(Comparator.comparing(Certification::getValidTo).thenComparing(Certification::getId))
			.toList();
		Map<Long, Producer> holders = producers.findAllById(lapsing.stream().map(Certification::getProducerId)
			.distinct().toList()).stream().collect(Collectors.toMap(Producer::getId, Function.identity()));
		model.addAttribute("rows", lapsing.stream()
			.map(c -> new Lapsing(CertificationView.of(c, today), holders.get(c.getProducerId()),
					ChronoUnit.DAYS.between(today, c.getValidTo())))
			.toList());
		model.addAttribute("warningDays", WARNING_DAYS);
		return "bureau/expiring";
	}

	private String revocationPage(Certification certification, RevocationForm form, Model model) {
		model.addAttribute("certification", CertificationView.of(certification, LocalDate.now(clock)));
		model.addAttribute("producer", producers.findById(certification.getProducerId()).orElse(null));
		model.addAttribute("revocationForm", form);
		return "bureau/revocation";
	}

	/** One row of the warning list: the certification, who holds it and the days it has left. */
	record Lapsing(CertificationView certification, Producer producer, long daysLeft) {
	}
}
