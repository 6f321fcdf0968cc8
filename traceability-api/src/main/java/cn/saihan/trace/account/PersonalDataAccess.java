package cn.saihan.trace.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import cn.saihan.trace.producer.PersonalData;

/** The bureau, and a farmer for its own producer; anonymous readers and other producers' logins not. */
@Component
class PersonalDataAccess implements PersonalData {

	@Override
	public boolean mayRead(long producerId) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !(authentication.getPrincipal() instanceof TraceUser user)) {
			return false;
		}
		Actor actor = user.actor();
		return actor.role() == Role.BUREAU || (actor.producerId() != null && actor.producerId() == producerId);
	}
}
