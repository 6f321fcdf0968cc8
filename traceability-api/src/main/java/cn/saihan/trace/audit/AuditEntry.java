package cn.saihan.trace.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

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
		String text = String.join("\n", previousHash, recordedAt.toString(), actor, action, subject, content);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Whether the stored hash still matches the stored content. */
	boolean hashMatchesContent() {
		return hash.equals(hash(previousHash, recordedAt, actor, action, subject, content));
	}
}
