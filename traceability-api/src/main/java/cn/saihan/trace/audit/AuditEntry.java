package cn.saihan.trace.audit;

import java.time.Instant;
import java.util.List;

import cn.saihan.trace.system.Sha256;

/**
 * One entry of the audit chain as stored: who did what to which subject, when, with the hash
 * that binds it to the entry before.
 */
public record AuditEntry(Long id, Instant recordedAt, String actor, String action, String subject, String content,
		String previousHash, String hash) {

	/** The hash of the first entry's predecessor. */
	static final String GENESIS = "0".repeat(64);

	/**
	 * SHA-256 over the previous hash and every field, each on its own line, so that no two
	 * different entries can be made to read the same.
	 */
	static String hash(String previousHash, Instant recordedAt, String actor, String action, String subject,
			String content) {
		return Sha256.hexOfLines(List.of(previousHash, recordedAt.toString(), actor, action, subject, content));
	}

	/** Whether the stored hash still matches the stored content. */
	boolean hashMatchesContent() {
		return hash.equals(hash(previousHash, recordedAt, actor, action, subject, content));
	}
}
