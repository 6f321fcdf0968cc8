package cn.saihan.trace.web.system;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.saihan.trace.account.Actor;
import cn.saihan.trace.account.Actors;
import cn.saihan.trace.account.DefaultBureauPassword;
import cn.saihan.trace.account.Role;

/**
 * Puts the signed-in actor into every page's model, so the shared header can show who is signed
 * in and the links their role may follow; {@code null} for a visitor without a login. The bureau
 * also reads whether its login still has the published demo password.
 */
@ControllerAdvice(basePackages = "cn.saihan.trace.web")
class PageModel {

	private final Actors actors;

	private final DefaultBureauPassword defaultPassword;

	PageModel(Actors actors, DefaultBureauPassword defaultPassword) {
		this.actors = actors;
		this.defaultPassword = defaultPassword;
	}

	/** The bureau is warned on every page while its login has the published demo password. */
	@ModelAttribute("defaultBureauPassword")
	boolean defaultBureauPassword() {
		Actor actor = actor();
		return actor != null && actor.role() == Role.BUREAU && defaultPassword.inUse();
	}

	@ModelAttribute("actor")
	Actor actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		try {
			return actors.current();
		}
		catch (AccessDeniedException notOurs) {
			return null;
		}
	}
}
