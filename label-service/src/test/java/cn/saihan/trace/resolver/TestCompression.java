package cn.saihan.trace.resolver;

import java.math.BigInteger;

/**
 * Writes a compressed Digital Link of a GTIN, lot and serial as GS1's compression prototype does
 * without optimisations (the reading side is checked against GS1's own vectors in
 * {@code CompressedDigitalLinkTests}): each AI as 4-bit digits, the GTIN as a 47-bit number, a lot
 * or serial as a 3-bit encoding, a 5-bit length and its characters, all in URL-safe base64.
 */
final class TestCompression {

	private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	private TestCompression() {
	}

	static String compress(String gtin14, String lot, String serial) {
		StringBuilder bits = new StringBuilder();
		ai(bits, "01");
		bits.append(padded(new BigInteger(gtin14).toString(2), 47));
		if (lot != null) {
			ai(bits, "10");
			characters(bits, lot);
		}
		if (serial != null) {
			ai(bits, "21");
			characters(bits, serial);
		}
		while (bits.length() % 6 != 0) {
			bits.append('0');
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < bits.length(); i += 6) {
			text.append(BASE64URL.charAt(Integer.parseInt(bits.substring(i, i + 6), 2)));
		}
		return text.toString();
	}

	private static void ai(StringBuilder bits, String ai) {
		for (char digit : ai.toCharArray()) {
			bits.append(padded(Integer.toBinaryString(digit - '0'), 4));
		}
	}

	/** URL-safe base64 characters (encoding 3) or else 7-bit ASCII (encoding 4). */
	private static void characters(StringBuilder bits, String value) {
		boolean base64 = value.chars().allMatch(c -> BASE64URL.indexOf(c) >= 0);
		bits.append(base64 ? "011" : "100").append(padded(Integer.toBinaryString(value.length()), 5));
		for (char c : value.toCharArray()) {
			bits.append(base64 ? padded(Integer.toBinaryString(BASE64URL.indexOf(c)), 6)
					: padded(Integer.toBinaryString(c), 7));
		}
	}

	private static String padded(String binary, int width) {
		return "0".repeat(width - binary.length()) + binary;
	}
}
