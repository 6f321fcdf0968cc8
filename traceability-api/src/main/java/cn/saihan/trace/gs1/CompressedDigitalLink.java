package cn.saihan.trace.gs1;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a compressed GS1 Digital Link: the whole element string packed into bits and written as one
 * path segment in the URL-safe base64 alphabet, as GS1's Digital Link toolkits make it
 * ({@code https://id.gs1.org/AQnYUc1gmiCNV4JG} is {@code /01/05412345000013/10/ABC123}).
 * <p>
 * The bits are read as the GS1 Digital Link standard's compression defines them: each element
 * starts with its AI as 4-bit digits (or a one-byte code that stands for a common sequence of AIs),
 * followed by its value: numeric parts as one binary number of {@code ceil(n·log2 10)} bits, variable
 * lengths first as a length of {@code ceil(log2 max)} bits, alphanumeric parts with a 3-bit encoding
 * (digits, lower or upper hex, URL-safe base64, 7-bit ASCII); a first nibble {@code F} marks a
 * non-GS1 key and value. Only the AIs a GTIN's Digital Link uses here are known (01, its qualifiers
 * 22, 10 and 21, the dates 11 to 17); any other AI makes the code one this resolver cannot read.
 */
public final class CompressedDigitalLink {

	private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	private static final String HEX = "0123456789ABCDEF";

	/** The shortest segment that can hold a GTIN: 8 bits of AI and 47 of value, in 6-bit characters. */
	private static final int MIN_LENGTH = 10;

	/** How each known AI's value is written: a fixed number of digits, or up to a number of characters. */
	private static final Map<String, Element> ELEMENTS = Map.of(
			"01", Element.digits(14),
			"10", Element.characters(20),
			"21", Element.characters(20),
			"22", Element.characters(20),
			"11", Element.digits(6),
			"13", Element.digits(6),
			"15", Element.digits(6),
			"16", Element.digits(6),
			"17", Element.digits(6));

	/** The standard's codes for sequences of AIs, those of them made only of AIs known here. */
	private static final Map<String, List<String>> SEQUENCES = Map.of(
			"0A", List.of("01", "22"),
			"0B", List.of("01", "10"),
			"0C", List.of("01", "21"),
			"0D", List.of("01", "17"),
			"1A", List.of("01", "10", "21", "17"),
			"1B", List.of("01", "15"),
			"1C", List.of("01", "11"),
			"1D", List.of("01", "16"),
			"1F", List.of("01", "10", "15"));

	private final String bits;

	private int cursor;

	private CompressedDigitalLink(String bits) {
		this.bits = bits;
	}

	/** Whether a path segment could be a compressed Digital Link at all: URL-safe base64, long enough. */
	public static boolean couldBe(String segment) {
		if (segment == null || segment.length() < MIN_LENGTH) {
			return false;
		}
		for (int i = 0; i < segment.length(); i++) {
			if (BASE64URL.indexOf(segment.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The Digital Link a compressed segment stands for, relative to this resolver.
	 *
	 * @throws cn.saihan.trace.system.InvalidInputException why it is not one that can be read here
	 */
	public static DigitalLink decompress(String segment) {
		if (!couldBe(segment)) {
			throw Gs1Refusal.NOT_COMPRESSED.invalid("path", segment);
		}
		StringBuilder bits = new StringBuilder(segment.length() * 6);
		for (int i = 0; i < segment.length(); i++) {
			String six = Integer.toBinaryString(BASE64URL.indexOf(segment.charAt(i)));
			bits.append("0".repeat(6 - six.length())).append(six);
		}
		Map<String, String> elements;
		try {
			elements = new CompressedDigitalLink(bits.toString()).elements();
		}
		catch (StringIndexOutOfBoundsException truncated) {
			throw Gs1Refusal.NOT_COMPRESSED.invalid("path", segment);
		}
		if (!elements.containsKey(DigitalLink.GTIN)) {
			throw Gs1Refusal.NO_PRIMARY_KEY.invalid("path", segment);
		}
		if (elements.containsKey("22")) {
			throw Gs1Refusal.NOT_A_QUALIFIER.invalid("path", "22");
		}
		return DigitalLink.of(elements.get(DigitalLink.GTIN), elements.get(DigitalLink.LOT),
				elements.get(DigitalLink.SERIAL));
	}

	/** Every element, AI to value, until fewer bits are left than an AI takes (the padding). */
	private Map<String, String> elements() {
		Map<String, String> elements = new LinkedHashMap<>();
		while (bits.length() - cursor >= 8) {
			int high = number(4);
			int low = number(4);
			String code = "" + HEX.charAt(high) + HEX.charAt(low);
			if (high <= 9 && low <= 9) {
				String ai = ai(code);
				elements.put(ai, value(ai));
			}
			else if (high == 0xF) {
				// its key's length starts in the second nibble
				cursor -= 4;
				skipOtherKeyValue();
			}
			else if (SEQUENCES.containsKey(code)) {
				for (String ai : SEQUENCES.get(code)) {
					elements.put(ai, value(ai));
				}
			}
			else {
				throw Gs1Refusal.NOT_COMPRESSED.invalid("path", code);
			}
		}
		return elements;
	}

	/** A two-digit AI, or the first digits of a three- or four-digit one. */
	private String ai(String firstTwo) {
		String ai = firstTwo;
		while (!ELEMENTS.containsKey(ai)) {
			if (ai.length() == 4) {
				throw Gs1Refusal.NOT_COMPRESSED.invalid("path", ai);
			}
			int digit = number(4);
			if (digit > 9) {
				throw Gs1Refusal.NOT_COMPRESSED.invalid("path", ai);
			}
			ai += digit;
		}
		return ai;
	}

	private String value(String ai) {
		Element element = ELEMENTS.get(ai);
		if (element.digits() > 0) {
			return digits(element.digits());
		}
		int encoding = number(3);
		int length = number(lengthBits(element.maxCharacters()));
		return switch (encoding) {
			case 0 -> digits(length);
			case 1 -> characters(length, 4, HEX.toLowerCase());
			case 2 -> characters(length, 4, HEX);
			case 3 -> characters(length, 6, BASE64URL);
			case 4 -> ascii(length);
			default -> throw Gs1Refusal.NOT_COMPRESSED.invalid("path", ai);
		};
	}

	/** A key and value of the query string that is not a GS1 one: read past, nothing here uses it. */
	private void skipOtherKeyValue() {
		int keyLength = number(7);
		cursor += keyLength * 6;
		int encoding = number(3);
		int valueLength = number(7);
		switch (encoding) {
			case 0 -> digits(valueLength);
			case 1, 2 -> cursor += valueLength * 4;
			case 3 -> cursor += valueLength * 6;
			default -> cursor += valueLength * 7;
		}
	}

	/** {@code count} decimal digits, written as one binary number. */
	private String digits(int count) {
		if (count == 0) {
			return "";
		}
		int width = (int) Math.ceil(count * Math.log(10) / Math.log(2) + 0.01);
		String value = new BigInteger(bits.substring(cursor, cursor + width), 2).toString();
		cursor += width;
		if (value.length() > count) {
			throw Gs1Refusal.NOT_COMPRESSED.invalid("path", value);
		}
		return "0".repeat(count - value.length()) + value;
	}

	private String characters(int count, int width, String alphabet) {
		StringBuilder value = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			value.append(alphabet.charAt(number(width)));
		}
		return value.toString();
	}

	private String ascii(int count) {
		StringBuilder value = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			value.append((char) number(7));
		}
		return value.toString();
	}

	private int number(int width) {
		int value = Integer.parseInt(bits.substring(cursor, cursor + width), 2);
		cursor += width;
		return value;
	}

	private static int lengthBits(int maxCharacters) {
		return (int) Math.ceil(Math.log(maxCharacters) / Math.log(2) + 0.01);
	}

	/** An AI's value: {@code digits} fixed digits, or else up to {@code maxCharacters} characters. */
	private record Element(int digits, int maxCharacters) {

		static Element digits(int digits) {
			return new Element(digits, 0);
		}

		static Element characters(int maxCharacters) {
			return new Element(0, maxCharacters);
		}
	}
}
