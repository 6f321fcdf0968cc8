package cn.saihan.trace.label;

import java.util.regex.Pattern;

/**
 * The serial of one label (GS1 AI 21): 13 characters of Crockford's base32 alphabet, upper case,
 * which carry 65 bits. The alphabet is a subset of the GS1 82-character set that needs no
 * escaping in a URI and leaves out I, L, O and U, so a code read aloud or typed is not misread.
 */
public record Serial(String value) {

	public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	public static final int LENGTH = 13;

	private static final Pattern SHAPE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");

	public Serial {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid label serial: " + value);
		}
	}

	public static boolean isValid(String value) {
		return value != null && SHAPE.matcher(value).matches();
	}

	/** The 13 characters that encode the 65 leading bits of {@code bits}, most significant first. */
	static Serial fromBits(byte[] bits) {
		if (bits.length < 9) {
			throw new IllegalArgumentException("Need at least 65 bits");
		}
		char[] chars = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			int bit = i * 5;
			// Five bits may straddle two bytes: read the pair as one 16-bit window.
			int window = (bits[bit / 8] & 0xFF) << 8 | (bits[bit / 8 + 1] & 0xFF);
			chars[i] = ALPHABET.charAt(window >>> (11 - bit % 8) & 0x1F);
		}
		return new Serial(new String(chars));
	}

	/** The serial in groups of four, four and five, as printed under the code for people to read or type. */
	public String grouped() {
		return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
	}

	@Override
	public String toString() {
		return value;
	}
}
