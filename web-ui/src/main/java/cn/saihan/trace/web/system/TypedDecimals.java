package cn.saihan.trace.web.system;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Reads a decimal as people type it into a form: "3,000,000" with grouping commas, as the bureau
 * copies it from a statistics table, and full-width digits and punctuation ("３，０００，０００．５"),
 * as a Chinese input method gives them. A comma is read as grouping only where it groups thousands
 * before the decimal point; anything else with a comma ("1,5") is refused rather than guessed at,
 * since a decimal comma and a grouping comma cannot be told apart. Written back plainly, never
 * in exponent form.
 */
final class TypedDecimals implements Formatter<BigDecimal> {

	private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		String plain = halfWidth(text).replaceAll("[\\s\\u00A0\\u3000]", "");
		if (plain.indexOf(',') >= 0) {
			if (!GROUPED.matcher(plain).matches()) {
				throw new ParseException("A comma that does not group thousands: " + text, plain.indexOf(','));
			}
			plain = plain.replace(",", "");
		}
		try {
			return new BigDecimal(plain);
		}
		catch (NumberFormatException notANumber) {
			throw new ParseException("Not a decimal: " + text, 0);
		}
	}

	@Override
	public String print(BigDecimal value, Locale locale) {
		return value.toPlainString();
	}

	/** Full-width digits, signs, point and comma (U+FF01–FF5E) as their ASCII forms. */
	private static String halfWidth(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				out.append((char) (c - 0xFEE0));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
