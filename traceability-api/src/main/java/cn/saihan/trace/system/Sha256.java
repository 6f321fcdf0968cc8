package cn.saihan.trace.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 digests as lower-case hex, for the audit chain and the records that name many items at once. */
public final class Sha256 {

	private Sha256() {
	}

	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String hex(byte[] content) {
		return HexFormat.of().formatHex(digest().digest(content));
	}

	/** The digest of items one per line, e.g. the serials of issued labels. */
	public static String hexOfLines(List<String> items) {
		return hex(String.join("\n", items));
	}
}
