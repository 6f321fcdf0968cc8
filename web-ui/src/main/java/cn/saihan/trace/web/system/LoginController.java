package cn.saihan.trace.web.system;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.saihan.trace.account.Actor;
import cn.saihan.trace.account.Role;
import cn.saihan.trace.system.LoginThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The sign-in page (Spring Security processes the POST), and where a fresh sign-in lands: the
 * bureau on its registry, a farmer on the lots of its producer.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpServletRequest request, Model model) {
		if (error != null) {
			// Visitors get no session just for looking at the page; a failed sign-in already has one.
			HttpSession session = request.getSession(false);
			Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			// A client locked out of a name reads what a wrong password reads: a lock must not tell
			// that a name is real. A name under attack from many clients asks everyone to wait. Only
			// the right password of an application still waiting tells that it waits.
			if (failure instanceof LoginThrottledException throttled) {
				model.addAttribute("loginError", "login.throttled");
				model.addAttribute("retryAfterSeconds", throttled.retryAfterSeconds());
			}
			else {
				model.addAttribute("loginError",
						failure instanceof LoginFailures.AwaitingApproval ? "login.awaitingApproval" : "login.failed");
			}
		}
		return "login";
	}

	@GetMapping("/workspace")
	String workspace(Model model) {
		Actor actor = (Actor) model.getAttribute("actor");
		if (actor == null) {
			return "redirect:/login";
		}
		return actor.role() == Role.BUREAU ? "redirect:/bureau/producers" : "redirect:/farmer/lots";
	}
}
