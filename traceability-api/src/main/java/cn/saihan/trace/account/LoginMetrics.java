package cn.saihan.trace.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;

import cn.saihan.trace.system.LoginThrottledException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts failed logins for the bureau's metrics ({@code trace.logins.failed}, by reason: a wrong
 * password or unknown name, a client locked out, a name throttled), so that guessing shows on a
 * dashboard before anyone reads a log.
 */
@Component
class LoginMetrics {

	private final MeterRegistry registry;

	LoginMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent failure) {
		String reason = failure instanceof AuthenticationFailureBadCredentialsEvent ? "bad-credentials"
				: failure.getException() instanceof LoginThrottledException ? "throttled"
						: failure instanceof AuthenticationFailureLockedEvent ? "locked" : "other";
		registry.counter("trace.logins.failed", "reason", reason).increment();
	}
}
