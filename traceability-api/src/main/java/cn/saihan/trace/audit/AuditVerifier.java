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
public class AuditVerifier {

	private final JdbcTemplate jdbc;

	private final AuditChainKey keys;

	AuditVerifier(JdbcTemplate jdbc, AuditChainKey keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	@Transactional(readOnly = true)
	public ChainVerification verify() {
		Walk walk = new Walk(keys);
		jdbc.query("""
				SELECT id, recorded_at, actor, action, subject, content, previous_hash, hash, hash_algorithm
				FROM audit_entry ORDER BY id""", walk);
		if (walk.broken != null) {
			return walk.broken;
		}
		var head = jdbc.queryForMap("SELECT last_hash, entries, head_mac FROM audit_head WHERE id = 1");
		long expectedEntries = ((Number) head.get("entries")).longValue();
		if (!walk.previousHash.equals(head.get("last_hash")) || expectedEntries != walk.count) {
			// The newest entries were removed or replaced: nothing left in the table shows it but the head.
			return ChainVerification.brokenAt(walk.count, walk.lastId,
					"the chain ends before the recorded head (" + expectedEntries + " entries were written)");
		}
		// Entries removed from the end with the head rewound to match: only the key can make its MAC.
		if (keys.isKeyed() && !keys.headMac((String) head.get("last_hash"), expectedEntries).equals(head.get("head_mac"))) {
			return ChainVerification.brokenAt(walk.count, walk.lastId,
					"the recorded head was rewritten without the key (newest entries removed or replaced)");
		}
		if (!keys.isKeyed() && head.get("head_mac") != null) {
			return ChainVerification.brokenAt(walk.count, walk.lastId,
					"the chain is keyed, but trace.audit.key is not set here to check it");
		}
		return ChainVerification.intact(walk.count);
	}

	/** Streams the entries in order, so that a long chain is never held in memory. */
	private static final class Walk implements RowCallbackHandler {

		private final AuditChainKey keys;

		String previousHash = AuditEntry.GENESIS;

		boolean keyedSeen;

		long count;

		Long lastId;

		ChainVerification broken;

		Walk(AuditChainKey keys) {
			this.keys = keys;
		}

		@Override
		public void processRow(ResultSet row) throws SQLException {
			if (broken != null) {
				return;
			}
			AuditEntry entry = new AuditEntry(row.getLong("id"),
					row.getObject("recorded_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
					row.getString("action"), row.getString("subject"), row.getString("content"),
					row.getString("previous_hash"), row.getString("hash"), row.getString("hash_algorithm"));
			count++;
			boolean keyed = AuditChainKey.KEYED.equals(entry.algorithm());
			if (!entry.previousHash().equals(previousHash)) {
				broken = ChainVerification.brokenAt(count, entry.id(),
						"does not follow the entry before it (an entry was removed, inserted or re-linked)");
			}
			else if (keyedSeen && !keyed) {
				broken = ChainVerification.brokenAt(count, entry.id(),
						"a plain entry after keyed ones (the chain was rewritten without the key)");
			}
			else if (keyed && !keys.isKeyed()) {
				broken = ChainVerification.brokenAt(count, entry.id(),
						"a keyed entry, but trace.audit.key is not set here to check it");
			}
			else if (!entry.hashMatchesContent(keys)) {
				broken = ChainVerification.brokenAt(count, entry.id(), "its content was changed after it was recorded");
			}
			keyedSeen |= keyed;
			previousHash = entry.hash();
			lastId = entry.id();
		}
	}
}
