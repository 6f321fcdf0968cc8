package cn.saihan.trace.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the audit chain in the transaction of the write they record: the entry and
 * the write commit or roll back together. The head row is locked for the append, which serialises
 * writers so the chain never forks (reads and scans are not affected).
 */
@Component
public class AuditTrail {

	/** Who a write is recorded for when no login made it, e.g. a scheduled job. */
	static final String SYSTEM = "system";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final AuditChainKey keys;

	AuditTrail(JdbcTemplate jdbc, JsonMapper json, Clock clock, AuditChainKey keys) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.keys = keys;
	}

	/** Records a write by the current login (or {@value #SYSTEM}). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String subject, Map<String, ?> content) {
		record(currentActor(), action, subject, content);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String subject, Map<String, ?> content) {
		recordAll(actor, List.of(new Entry(action, subject, content)));
	}

	/**
	 * Appends the entries of one write in the order given, each chained to the one before: one lock of
	 * the head, one JDBC batch, one update of the head however many entries there are.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(String actor, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		var head = jdbc.queryForMap("SELECT last_hash, entries FROM audit_head WHERE id = 1 FOR UPDATE");
		String previousHash = (String) head.get("last_hash");
		long count = ((Number) head.get("entries")).longValue() + entries.size();
		// Stored timestamps keep microseconds at best (PostgreSQL); hash what will be read back.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String algorithm = keys.algorithm();
		List<Object[]> rows = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			String text = json.writeValueAsString(entry.content());
			String hash = keys.hash(algorithm,
					AuditEntry.lines(previousHash, now, actor, entry.action(), entry.subject(), text));
			rows.add(new Object[] { Timestamp.from(now), actor, entry.action(), entry.subject(), text, previousHash,
					hash, algorithm });
			previousHash = hash;
		}
		jdbc.batchUpdate("""
				INSERT INTO audit_entry (recorded_at, actor, action, subject, content, previous_hash, hash, hash_algorithm)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		jdbc.update("UPDATE audit_head SET last_hash = ?, entries = ?, head_mac = ? WHERE id = 1", previousHash, count,
				keys.headMac(previousHash, count));
	}

	/** One entry to append: what was done, to which subject, and what the write contained. */
	public record Entry(String action, String subject, Map<String, ?> content) {
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? SYSTEM : authentication.getName();
	}
}
