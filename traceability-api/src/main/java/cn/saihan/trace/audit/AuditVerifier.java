package cn.saihan.trace.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Walks the audit chain from the first entry and reports the first one that does not check out. */
@Component
class AuditVerifier {

	private final JdbcTemplate jdbc;

	AuditVerifier(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	ChainVerification verify() {
		Walk walk = new Walk();
		jdbc.query("""
				SELECT id, recorded_at, actor, action, subject, content, previous_hash, hash
				FROM audit_entry ORDER BY id""", walk);
		if (walk.broken != null) {
			return walk.broken;
		}
		var head = jdbc.queryForMap("SELECT last_hash, entries FROM audit_head WHERE id = 1");
		long expectedEntries = ((Number) head.get("entries")).longValue();
		if (!walk.previousHash.equals(head.get("last_hash")) || expectedEntries != walk.count) {
			// The newest entries were removed or replaced: nothing left in the table shows it but the head.
			return ChainVerification.brokenAt(walk.count, walk.lastId,
					"the chain ends before the recorded head (" + expectedEntries + " entries were written)");
		}
		return ChainVerification.intact(walk.count);
	}

	/** Streams the entries in order, so that a long chain is never held in memory. */
	private static final class Walk implements RowCallbackHandler {

		String previousHash = AuditEntry.GENESIS;

		long count;

		Long lastId;

		ChainVerification broken;

		@Override
		public void processRow(ResultSet row) throws SQLException {
			if (broken != null) {
				return;
			}
			AuditEntry entry = new AuditEntry(row.getLong("id"),
					row.getObject("recorded_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
					row.getString("action"), row.getString("subject"), row.getString("content"),
					row.getString("previous_hash"), row.getString("hash"));
			count++;
			if (!entry.previousHash().equals(previousHash)) {
				broken = ChainVerification.brokenAt(count, entry.id(),
						"does not follow the entry before it (an entry was removed, inserted or re-linked)");
			}
			else if (!entry.hashMatchesContent()) {
				broken = ChainVerification.brokenAt(count, entry.id(), "its content was changed after it was recorded");
			}
			previousHash = entry.hash();
			lastId = entry.id();
		}
	}
}
