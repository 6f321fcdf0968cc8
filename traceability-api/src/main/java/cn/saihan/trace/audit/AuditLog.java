package cn.saihan.trace.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The latest entries of the audit chain, newest first, as the bureau's audit page lists them. */
@Component
public class AuditLog {

	/** The most entries one look lists. */
	public static final int LATEST_MAX = 100;

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An entry as listed: who did what to which subject, when, and what it recorded. */
	public record Listed(long id, Instant recordedAt, String actor, String action, String subject, String content) {
	}

	@Transactional(readOnly = true)
	public List<Listed> latest(int count) {
		return jdbc.query("""
				SELECT id, recorded_at, actor, action, subject, content FROM audit_entry
				ORDER BY id DESC FETCH FIRST ? ROWS ONLY""",
				(row, n) -> new Listed(row.getLong("id"), row.getTimestamp("recorded_at").toInstant(),
						row.getString("actor"), row.getString("action"), row.getString("subject"),
						row.getString("content")),
				Math.max(1, Math.min(count, LATEST_MAX)));
	}
}
