package cn.saihan.trace.account;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import cn.saihan.trace.system.TraceProperties;

/**
 * Counts failed logins per user name and client address, and locks that client out of that name
 * after too many in a row, so that passwords cannot be guessed at the speed of the network. Guesses
 * from one client never lock the name for another: otherwise anyone who knows a login name (they
 * are public) could keep its owner, the bureau included, out for ever. A name that many clients
 * guess at is slowed down instead ({@link #throttled}): each attempt waits a little longer.
 * <p>
 * The counts live in the database: every instance behind a load balancer sees the same counts and
 * the same locks, and a restart does not lift them. Only names that can log in are counted, so
 * made-up names leave nothing behind. The client address is the request's remote address, which
 * Tomcat takes from {@code X-Forwarded-For} only when the request comes through a trusted proxy
 * ({@code server.forward-headers-strategy=native}).
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
			    last_failed_at = :now,
			    locked_until = CASE
			        WHEN locked_until > :now THEN locked_until
			        WHEN (CASE WHEN locked_until <= :now THEN 1 ELSE failed_count + 1 END) >= :max THEN :until
			        ELSE NULL END
			WHERE username = :username AND client_address = :client""";

	/** Addresses longer than this (never a real one) are cut to fit the column. */
	private static final int MAX_ADDRESS_LENGTH = 100;

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

	/** The client address a login attempt came from, as the security filters recorded it. */
	static String clientOf(Authentication authentication) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		return address.length() > MAX_ADDRESS_LENGTH ? address.substring(0, MAX_ADDRESS_LENGTH) : address;
	}

	/** Whether this client is locked out of this name. */
	boolean isLocked(String username, String client) {
		return jdbc.sql("SELECT locked_until FROM login_failure WHERE username = :username AND client_address = :client")
			.param("username", username)
			.param("client", client)
			.query((row, number) -> row.getObject(1, OffsetDateTime.class))
			.optional()
			.map(lockedUntil -> now().isBefore(lockedUntil))
			.orElse(false);
	}

	/**
	 * How long anyone must still wait before trying this name again, when the name's failures from
	 * all clients within the lock-out period reach {@code throttleAfter}: {@code throttleDelay}
	 * after the newest failure, as much again for each failure beyond, at most
	 * {@code throttleMaxDelay}. Empty when it may be tried now.
	 */
	Optional<Duration> throttled(String username) {
		OffsetDateTime now = now();
		return jdbc.sql("""
				SELECT SUM(failed_count), MAX(last_failed_at) FROM login_failure
				WHERE username = :username AND last_failed_at > :since""")
			.param("username", username)
			.param("since", now.minus(properties.lockout()))
			.query((row, number) -> {
				long failures = row.getLong(1);
				if (failures < properties.throttleAfter()) {
					return Optional.<Duration>empty();
				}
				Duration delay = properties.throttleDelay().multipliedBy(failures - properties.throttleAfter() + 1);
				if (delay.compareTo(properties.throttleMaxDelay()) > 0) {
					delay = properties.throttleMaxDelay();
				}
				Duration wait = Duration.between(now, row.getObject(2, OffsetDateTime.class).plus(delay));
				return !wait.isNegative() && !wait.isZero() ? Optional.of(wait) : Optional.<Duration>empty();
			})
			.single();
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		if (!bureauUsername.equals(username) && !accounts.existsByUsername(username)) {
			return;
		}
		String client = clientOf(event.getAuthentication());
		OffsetDateTime now = now();
		OffsetDateTime until = now.plus(properties.lockout());
		for (int attempt = 0; attempt < 2; attempt++) {
			int counted = jdbc.sql(COUNT_FAILURE).param("now", now).param("until", until)
				.param("max", properties.maxFailedLogins()).param("username", username).param("client", client)
				.update();
			if (counted > 0) {
				return;
			}
			try {
				jdbc.sql("""
						INSERT INTO login_failure (username, client_address, failed_count, last_failed_at, locked_until)
						VALUES (:username, :client, 1, :now, :until)""")
					.param("username", username)
					.param("client", client)
					.param("now", now)
					.param("until", properties.maxFailedLogins() <= 1 ? until : null, Types.TIMESTAMP_WITH_TIMEZONE)
					.update();
				return;
			}
			catch (DuplicateKeyException ex) {
				// another instance recorded this client's first failure meanwhile: count on its row
			}
		}
	}

	/** A client that knows the password forgets its own failures; other clients' stay counted. */
	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		jdbc.sql("DELETE FROM login_failure WHERE username = :username AND client_address = :client")
			.param("username", event.getAuthentication().getName())
			.param("client", clientOf(event.getAuthentication()))
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
