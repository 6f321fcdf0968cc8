package cn.saihan.trace.account;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import cn.saihan.trace.system.LoginThrottledException;

/**
 * Checks a login's password, unless the name is being guessed at by many clients (then everyone
 * waits a little, {@link LoginThrottledException}) or this client is locked out of it. A locked
 * client is answered exactly as a wrong password or an unknown name is, in words and in time (the
 * password is still hashed), so that a lock never tells that a name is real.
 */
@Component
class GuardedLogins extends DaoAuthenticationProvider {

	private final LoginAttempts attempts;

	private volatile String lockedHash;

	GuardedLogins(TraceUsers users, PasswordEncoder encoder, LoginAttempts attempts) {
		super(users);
		setPasswordEncoder(encoder);
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		attempts.throttled(username).ifPresent(wait -> {
			throw new LoginThrottledException(wait);
		});
		if (attempts.isLocked(username, LoginAttempts.clientOf(authentication))) {
			// As long as a real password check, which a locked client would otherwise be told apart by.
			getPasswordEncoder().matches("locked", lockedHash());
			throw new LockedException("Locked for this client");
		}
		if (!ValidPassword.Validator.fitsHash(String.valueOf(authentication.getCredentials()))) {
			// Longer than any password can be (BCrypt would refuse to hash it): simply a wrong one.
			getPasswordEncoder().matches("too long", lockedHash());
			throw new BadCredentialsException("Bad credentials");
		}
		return super.authenticate(authentication);
	}

	private String lockedHash() {
		if (lockedHash == null) {
			lockedHash = getPasswordEncoder().encode("no password is this one");
		}
		return lockedHash;
	}
}
