package cn.saihan.trace.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit chain as stored: who did what to which subject, when, with the hash
 * that binds it to the entry before, and how that hash was made ({@link AuditChainKey}).
 */
record AuditEntry(Long id, Instant recordedAt, String actor, String action, String subject, String content,
		String previousHash, String hash, String algorithm) {

	/** The hash of the first entry's predecessor. */
	static final String GENESIS = "0".repeat(64);

	/**
	 * What the hash covers: the previous hash and every field, each on its own line, so that no two
	 * different entries can be made to read the same.
	 */
	static List<String> lines(String previousHash, Instant recordedAt, String actor, String action, String subject,
			String content) {
		return List.of(previousHash, recordedAt.toString(), actor, action, subject, content);
	}

	/** Whether the stored hash still matches the stored content. */
	boolean hashMatchesContent(AuditChainKey keys) {
		return hash.equals(keys.hash(algorithm, lines(previousHash, recordedAt, actor, action, subject, content)));
	}
}
