package cn.saihan.trace.web.farmer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.recall.HoldService;
import cn.saihan.trace.system.NotFoundException;
import cn.saihan.trace.system.RefusedException;
import cn.saihan.trace.web.system.PageMessages;

/**
 * The lot page's hold, release and recall buttons. The registry decides who may do which (a producer
 * holds its own lot; the bureau also releases and recalls) and why not; the page only says it.
 */
@Controller
@RequestMapping("/farmer/lots/{lotCode}")
class LotStatusPageController {

	private final HoldService holds;

	private final Actors actors;

	private final PageMessages texts;

	LotStatusPageController(HoldService holds, Actors actors, PageMessages texts) {
		this.holds = holds;
		this.actors = actors;
		this.texts = texts;
	}

	@PostMapping("/hold")
	String hold(@PathVariable String lotCode, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return change(lotCode, redirect, "lotStatus.done.HOLD", () -> holds.hold(lotCode, reason, actors.current()));
	}

	@PostMapping("/release")
	String release(@PathVariable String lotCode, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return change(lotCode, redirect, "lotStatus.done.RELEASE",
				() -> holds.release(lotCode, reason, actors.current()));
	}

	@PostMapping("/recall")
	String recall(@PathVariable String lotCode, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return change(lotCode, redirect, "lotStatus.done.RECALL",
				() -> holds.recall(lotCode, reason, actors.current()));
	}

	private String change(String lotCode, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("alertText", texts.of(ex));
		}
		return "redirect:/farmer/lots/" + lotCode + "#lot-status";
	}
}
