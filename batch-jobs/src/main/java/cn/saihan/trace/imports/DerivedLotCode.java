package cn.saihan.trace.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.saihan.trace.system.Sha256;

/**
 * The lot code of a row that came without one, derived from the row's content so that importing
 * the same row again finds the same code, and counts it as a duplicate, instead of making a second
 * lot. It reads like the codes the registry makes, {@code TPZ-250718-K3F9QAB}, with seven characters
 * of a SHA-256 of the content where the registry has five random ones: the two kinds never collide.
 * Should another lot hold the code already, candidate 1, 2, … follows from the same content, so a
 * re-import walks the same sequence and finds its lot again.
 */
final class DerivedLotCode {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");

	/** One digest per thread, reset by every use: looking the algorithm up again for each row costs more than hashing. */
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Sha256::digest);

	private DerivedLotCode() {
	}

	static String of(String productCode, LocalDate harvestDate, String contentKey, int attempt) {
		byte[] hash = SHA256.get()
			.digest((attempt == 0 ? contentKey : contentKey + "#" + attempt).getBytes(StandardCharsets.UTF_8));
		StringBuilder code = new StringBuilder(20).append(prefix(productCode)).append('-')
			.append(DATE.format(harvestDate)).append('-');
		long bits = 0;
		for (int i = 0; i < 8; i++) {
			bits = (bits << 8) | (hash[i] & 0xFF);
		}
		for (int i = 0; i < 7; i++) {
			code.append(ALPHABET.charAt((int) (bits >>> 59)));
			bits <<= 5;
		}
		return code.toString();
	}

	/** Up to five letters and digits of the product code before its first '-', in capitals; {@code LOT} if none. */
	private static String prefix(String productCode) {
		StringBuilder prefix = new StringBuilder(5);
		for (int i = 0; i < productCode.length() && productCode.charAt(i) != '-' && prefix.length() < 5; i++) {
			char c = Character.toUpperCase(productCode.charAt(i));
			if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				prefix.append(c);
			}
		}
		return prefix.isEmpty() ? "LOT" : prefix.toString();
	}
}
