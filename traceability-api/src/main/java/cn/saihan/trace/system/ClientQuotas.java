package cn.saihan.trace.system;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often one client address may do something that anyone may do (apply to be registered):
 * at most {@code max} times per window, counted in the database so that every instance behind a
 * load balancer shares the count. Taken in the caller's transaction: a request that is refused for
 * another reason gives its use back. The client address is the request's remote address (see
 * {@code server.forward-headers-strategy}).
 */
@Component
public class ClientQuotas {

	/** One use more, unless the window's uses are spent; a window that has passed starts anew. */
	private static final String TAKE = """
			UPDATE client_quota
			SET used = CASE WHEN window_start <= :windowAgo THEN 1 ELSE used + 1 END,
			    window_start = CASE WHEN window_start <= :windowAgo THEN :now ELSE window_start END
			WHERE purpose = :purpose AND client_address = :client
			  AND (window_start <= :windowAgo OR used < :max)""";

	private static final int MAX_ADDRESS_LENGTH = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	ClientQuotas(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Takes one use of {@code purpose} for {@code client}.
	 *
	 * @return empty when taken, or how long until the client may try again
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Duration> take(String purpose, String client, int max, Duration window) {
		String address = client == null || client.isBlank() ? "unknown"
				: client.length() > MAX_ADDRESS_LENGTH ? client.substring(0, MAX_ADDRESS_LENGTH) : client;
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		for (int attempt = 0; attempt < 2; attempt++) {
			int taken = jdbc.sql(TAKE).param("windowAgo", now.minus(window)).param("now", now).param("max", max)
				.param("purpose", purpose).param("client", address).update();
			if (taken > 0) {
				return Optional.empty();
			}
			Optional<OffsetDateTime> start = jdbc
				.sql("SELECT window_start FROM client_quota WHERE purpose = :purpose AND client_address = :client")
				.param("purpose", purpose).param("client", address)
				.query((row, number) -> row.getObject(1, OffsetDateTime.class)).optional();
			if (start.isPresent()) {
				Duration wait = Duration.between(now, start.get().plus(window));
				return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
			}
			try {
				jdbc.sql("""
						INSERT INTO client_quota (purpose, client_address, window_start, used)
						VALUES (:purpose, :client, :now, 1)""")
					.param("purpose", purpose).param("client", address).param("now", now).update();
				return Optional.empty();
			}
			catch (DuplicateKeyException ex) {
				// another request of this client counted its first use meanwhile: count on its row
			}
		}
		return Optional.of(Duration.ofSeconds(1));
	}
}
