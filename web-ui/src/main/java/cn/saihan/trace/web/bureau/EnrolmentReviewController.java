package cn.saihan.trace.web.bureau;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.enrolment.Enrolment;
import cn.saihan.trace.enrolment.EnrolmentRefusal;
import cn.saihan.trace.enrolment.EnrolmentService;
import cn.saihan.trace.system.ConflictException;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.web.system.PageMessages;

/**
 * The producers' enrolments waiting for the bureau, oldest first: approve one (which registers the
 * producer and opens its login) or reject it with a reason the bureau can tell the producer.
 */
@Controller
@RequestMapping("/bureau/enrolments")
class EnrolmentReviewController {

	private static final int PAGE_SIZE = 20;

	private final EnrolmentService service;

	private final Actors actors;

	private final Clock clock;

	private final PageMessages messages;

	EnrolmentReviewController(EnrolmentService service, Actors actors, Clock clock,
			PageMessages messages) {
		this.messages = messages;
		this.service = service;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping
	String pending(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<Enrolment> found = service.pending(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("enrolments", found.getContent());
		model.addAttribute("page", found);
		model.addAttribute("zone", clock.getZone());
		return "bureau/enrolments";
	}

	@PostMapping("/{id}/approval")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		try {
			Enrolment approved = service.approve(id, actors.current().username());
			redirect.addFlashAttribute("notice", "enrolments.approved");
			return "redirect:/bureau/producers/" + approved.getProducerId();
		}
		catch (InvalidInputException | ConflictException ex) {
			// Decided meanwhile, or the registry changed since the request was made (its credit code
			// or user name is now taken): nothing was registered.
			if (ex.is(EnrolmentRefusal.ALREADY_DECIDED)) {
				redirect.addFlashAttribute("alert", "enrolments.alreadyDecided");
			}
			else {
				// Say why: e.g. the bureau has registered the credit code meanwhile.
				redirect.addFlashAttribute("alertText", messages.of("enrolments.notApproved") + " " + messages.of(ex));
			}
			return "redirect:/bureau/enrolments";
		}
	}

	@PostMapping("/{id}/rejection")
	String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (reason.isBlank() || reason.strip().length() > 500) {
			redirect.addFlashAttribute("alert", "enrolments.reasonRequired");
			return "redirect:/bureau/enrolments";
		}
		try {
			service.reject(id, reason.strip(), actors.current().username());
			redirect.addFlashAttribute("notice", "enrolments.rejected");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("alert", "enrolments.alreadyDecided");
		}
		return "redirect:/bureau/enrolments";
	}
}
