package cn.saihan.trace.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the current web request, from the security context. */
@Component
public class Actors {

	public Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TraceUser user) {
			return user.actor();
		}
		// Every login of this application comes from TraceUsers; anything else acts for nobody.
		throw new AccessDeniedException("No login that may act for a producer");
	}

	/** Refuses (403) the current login acting for another producer than its own. */
	public void assertMayActFor(long producerId) {
		current().assertMayActFor(producerId);
	}
}
