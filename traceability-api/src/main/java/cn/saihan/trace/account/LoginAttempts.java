package cn.saihan.trace.account;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import cn.saihan.trace.system.TraceProperties;

/**
 * Counts failed logins per user name and locks a name after too many in a row, so that passwords
 * cannot be guessed at the speed of the network. The count lives in the database: every instance
 * behind a load balancer sees the same count and the same lock, and a restart does not lift it.
 * Only names that can log in are counted, so made-up names leave nothing behind.
 */
@Component
class LoginAttempts {

	/**
	 * One failure more, in one statement so that failures arriving at several instances at once
	 * all count. A lock that has run out starts a new count; a lock still running is kept (a
	 * password check that began just before the lock may still fail after it).
	 */
	private static final String COUNT_FAILURE = """
			UPDATE login_failure
			SET failed_count = CASE WHEN locked_until <= :now THEN 1 ELSE failed_count + 1 END,
			    locked_until = CASE
			        WHEN locked_until > :now THEN locked_until
			        WHEN (CASE WHEN locked_until <= :now THEN 1 ELSE failed_count + 1 END) >= :max THEN :until
			        ELSE NULL END
			WHERE username = :username""";

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final SecurityProperties properties;

	private final String bureauUsername;

	private final Clock clock;

	LoginAttempts(JdbcClient jdbc, Accounts accounts, SecurityProperties properties, TraceProperties trace,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.properties = properties;
		this.bureauUsername = trace.bureau().username();
		this.clock = clock;
	}

	boolean isLocked(String username) {
		return jdbc.sql("SELECT locked_until FROM login_failure WHERE username = :username")
			.param("username", username)
			.query((row, number) -> row.getObject(1, OffsetDateTime.class))
			.optional()
			.map(lockedUntil -> now().isBefore(lockedUntil))
			.orElse(false);
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		if (!bureauUsername.equals(username) && !accounts.existsByUsername(username)) {
			return;
		}
		OffsetDateTime now = now();
		OffsetDateTime until = now.plus(properties.lockout());
		for (int attempt = 0; attempt < 2; attempt++) {
			int counted = jdbc.sql(COUNT_FAILURE).param("now", now).param("until", until)
				.param("max", properties.maxFailedLogins()).param("username", username).update();
			if (counted > 0) {
				return;
			}
			try {
				jdbc.sql("INSERT INTO login_failure (username, failed_count, locked_until) VALUES (:username, 1, :until)")
					.param("username", username)
					.param("until", properties.maxFailedLogins() <= 1 ? until : null, Types.TIMESTAMP_WITH_TIMEZONE)
					.update();
				return;
			}
			catch (DuplicateKeyException ex) {
				// another instance recorded this name's first failure meanwhile: count on its row
			}
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		jdbc.sql("DELETE FROM login_failure WHERE username = :username")
			.param("username", event.getAuthentication().getName())
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
