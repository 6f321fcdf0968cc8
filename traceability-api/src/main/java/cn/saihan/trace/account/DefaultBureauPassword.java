package cn.saihan.trace.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import cn.saihan.trace.system.TraceProperties;

/**
 * Whether the bureau still signs in with the published demo password ({@value #DEMO_PASSWORD},
 * in this README for everyone to read) outside the demo profile: then anyone may act as the
 * bureau. Said loudly at start, and on every bureau page until the configuration changes it.
 */
@Component
public class DefaultBureauPassword {

	/** The password the demo data set and the documentation give the bureau. */
	static final String DEMO_PASSWORD = "bureau-demo";

	private static final Logger log = LoggerFactory.getLogger(DefaultBureauPassword.class);

	private final boolean inUse;

	DefaultBureauPassword(TraceProperties properties, PasswordEncoder encoder, Environment environment) {
		String password = properties.bureau().password();
		boolean isDemoPassword = password.startsWith("{") ? encoder.matches(DEMO_PASSWORD, password)
				: DEMO_PASSWORD.equals(password);
		this.inUse = isDemoPassword && !environment.acceptsProfiles(Profiles.of("demo"));
	}

	/** The published password guards the bureau's login of a real registry. */
	public boolean inUse() {
		return inUse;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warn() {
		if (inUse) {
			log.warn("""

					********************************************************************************
					*  The bureau's login still has the published demo password ({}).
					*  Anyone who has read the README can sign in as the bureau.
					*  Set trace.bureau.password (a password or a {bcrypt} hash) and restart.
					********************************************************************************""",
					DEMO_PASSWORD);
		}
	}
}
