package cn.saihan.trace.account;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who is making the current request: a login name, a role and, for a farmer, the one producer it
 * acts for.
 */
public record Actor(String username, Role role, Long producerId) {

	/** Refuses (403) a farmer acting for another producer; the bureau may act for any. */
	public void assertMayActFor(long producerId) {
		if (role == Role.FARMER && (this.producerId == null || this.producerId != producerId)) {
			throw new AccessDeniedException(username + " may only act for producer " + this.producerId);
		}
	}
}
