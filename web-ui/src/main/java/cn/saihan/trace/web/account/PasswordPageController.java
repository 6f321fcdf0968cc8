package cn.saihan.trace.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.saihan.trace.account.AccountService;
import cn.saihan.trace.account.Actors;
import cn.saihan.trace.account.Role;
import cn.saihan.trace.web.system.Forms;
import jakarta.validation.Valid;

/**
 * A producer's login changes its own password here, after the bureau gave it a first one. The
 * bureau's password is configuration: its page says so instead of showing the form.
 */
@Controller
@RequestMapping("/account/password")
class PasswordPageController {

	private final AccountService accounts;

	private final Actors actors;

	PasswordPageController(AccountService accounts, Actors actors) {
		this.accounts = accounts;
		this.actors = actors;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return page(model);
	}

	@PostMapping
	String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!isBureau() && Forms.submit(result,
				() -> accounts.changePassword(actors.current(), form.getCurrentPassword(), form.getNewPassword()))) {
			redirect.addFlashAttribute("notice", "password.changed");
			return "redirect:/farmer/lots";
		}
		form.forget();
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("configured", isBureau());
		return "account/password";
	}

	private boolean isBureau() {
		return actors.current().role() == Role.BUREAU;
	}
}
