package cn.saihan.trace.system;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Many clients have guessed at this user name lately: it may be tried again after a short wait
 * (answered 429 with {@code Retry-After}). Nobody is locked out; the password was not checked. An
 * account status, so that no other authentication provider is asked instead.
 */
public class LoginThrottledException extends AccountStatusException {

	private static final long serialVersionUID = 1L;

	private final Duration retryAfter;

	public LoginThrottledException(Duration retryAfter) {
		super("Too many failed logins for this user name from many clients; try again in " + seconds(retryAfter)
				+ " s");
		this.retryAfter = retryAfter;
	}

	/** Whole seconds to wait, at least one. */
	public long retryAfterSeconds() {
		return seconds(retryAfter);
	}

	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}
}
