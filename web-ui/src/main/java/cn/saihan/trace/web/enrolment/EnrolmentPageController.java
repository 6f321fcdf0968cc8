package cn.saihan.trace.web.enrolment;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.saihan.trace.enrolment.Enrolment;
import cn.saihan.trace.enrolment.EnrolmentService;
import cn.saihan.trace.producer.ProducerType;
import cn.saihan.trace.town.TownService;
import cn.saihan.trace.web.system.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/**
 * "Register as a producer": open to anyone, phone first. A refused form comes back with what was
 * typed (never the passwords) and the reason next to the field.
 */
@Controller
@RequestMapping("/enrol")
class EnrolmentPageController {

	private final EnrolmentService enrolments;

	private final TownService towns;

	EnrolmentPageController(EnrolmentService enrolments, TownService towns) {
		this.enrolments = enrolments;
		this.towns = towns;
	}

	@GetMapping
	String form(Model model) {
		return form(new EnrolmentForm(), model);
	}

	@PostMapping
	String submit(@Valid @ModelAttribute("enrolmentForm") EnrolmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		Optional<Enrolment> submitted = Forms.submit(result, () -> enrolments.submit(form.toNewProducer(),
				form.getUsername(), form.getPassword(), request.getRemoteAddr()));
		if (submitted.isPresent()) {
			Enrolment enrolment = submitted.get();
			redirect.addFlashAttribute("submitted", new Submitted(enrolment.getName(), enrolment.getUsername(),
					enrolment.getContactPhone()));
			return "redirect:/enrol/submitted";
		}
		form.forgetPasswords();
		return form(form, model);
	}

	/** What the confirmation page repeats back to the producer. */
	record Submitted(String name, String username, String contactPhone) {
	}

	/** Reached only right after a submission, which hands over what was submitted. */
	@GetMapping("/submitted")
	String submitted(Model model) {
		return model.containsAttribute("submitted") ? "enrolment/submitted" : "redirect:/enrol";
	}

	private String form(EnrolmentForm form, Model model) {
		model.addAttribute("enrolmentForm", form);
		model.addAttribute("types", ProducerType.values());
		model.addAttribute("towns", towns.all());
		return "enrolment/form";
	}
}
