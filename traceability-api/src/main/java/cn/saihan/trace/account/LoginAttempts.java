package cn.saihan.trace.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and locks a name after too many in a row, so that passwords
 * cannot be guessed at the speed of the network. Kept in memory: each instance counts on its own,
 * which still caps guessing at a few attempts per lock-out period per instance.
 */
@Component
class LoginAttempts {

	private record Failures(int count, Instant lockedUntil) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final SecurityProperties properties;

	private final Clock clock;

	LoginAttempts(SecurityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	boolean isLocked(String username) {
		Failures current = failures.get(username);
		return current != null && current.lockedUntil() != null && clock.instant().isBefore(current.lockedUntil());
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		failures.compute(String.valueOf(event.getAuthentication().getPrincipal()), (name, current) -> {
			int count = current == null || current.lockedUntil() != null ? 1 : current.count() + 1;
			Instant lockedUntil = count >= properties.maxFailedLogins()
					? clock.instant().plus(properties.lockout()) : null;
			return new Failures(count, lockedUntil);
		});
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		failures.remove(event.getAuthentication().getName());
	}
}
