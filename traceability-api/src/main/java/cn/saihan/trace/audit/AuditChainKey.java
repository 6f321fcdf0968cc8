package cn.saihan.trace.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.system.Sha256;

/**
 * How the audit chain's hashes are made. With {@code trace.audit.key}, each new entry's hash is an
 * HMAC-SHA256 under that key, and the head carries a MAC over its last hash and entry count: a
 * writer of the database without the key can neither recompute an entry nor rewind the head. The
 * entries made before the key was set keep their plain SHA-256 and still verify; a plain entry after
 * a keyed one does not (the chain cannot be rewritten down to plain hashes). Without a key the
 * chain uses plain SHA-256, and a warning says what that means.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
class AuditChainKey {

	static final String PLAIN = "SHA-256";

	static final String KEYED = "HMAC-SHA256";

	private static final int MIN_KEY_BYTES = 32;

	private static final Logger log = LoggerFactory.getLogger(AuditChainKey.class);

	private final SecretKeySpec key;

	private final JdbcTemplate jdbc;

	AuditChainKey(AuditProperties properties, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		if (properties.key() == null || properties.key().isEmpty()) {
			this.key = null;
			return;
		}
		byte[] bytes = properties.key().getBytes(StandardCharsets.UTF_8);
		if (bytes.length < MIN_KEY_BYTES) {
			throw new IllegalStateException("trace.audit.key must be at least " + MIN_KEY_BYTES + " bytes");
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	boolean isKeyed() {
		return key != null;
	}

	/** How the next entry is hashed. */
	String algorithm() {
		return isKeyed() ? KEYED : PLAIN;
	}

	/** The hash of lines under {@code algorithm}, or {@code null} when a keyed hash is asked for without a key. */
	String hash(String algorithm, List<String> lines) {
		String text = String.join("\n", lines);
		if (PLAIN.equals(algorithm)) {
			return Sha256.hex(text);
		}
		return KEYED.equals(algorithm) && isKeyed() ? mac(text) : null;
	}

	/** The head's MAC over its last hash and entry count, or {@code null} without a key. */
	String headMac(String lastHash, long entries) {
		return isKeyed() ? mac("head\n" + lastHash + "\n" + entries) : null;
	}

	/**
	 * Says plainly at start what the chain proves. With a key and a head not yet sealed (the key was
	 * just set), seals the head, so that from now on rewinding it shows.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void sealOrWarn() {
		if (!isKeyed()) {
			log.warn("trace.audit.key is not set: the audit chain is plain SHA-256. It shows changes made by "
					+ "someone who does not recompute the hashes, but whoever can write the database can rewrite "
					+ "or cut its end unseen. Set trace.audit.key (at least 32 bytes, kept outside the database).");
			return;
		}
		var head = jdbc.queryForMap("SELECT last_hash, entries, head_mac FROM audit_head WHERE id = 1 FOR UPDATE");
		if (head.get("head_mac") == null) {
			jdbc.update("UPDATE audit_head SET head_mac = ? WHERE id = 1",
					headMac((String) head.get("last_hash"), ((Number) head.get("entries")).longValue()));
			log.info("Audit chain keyed from entry {} on (trace.audit.key)", ((Number) head.get("entries")).longValue() + 1);
		}
	}

	private String mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}
}
