package cn.saihan.trace.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes RFC 4180 CSV that Excel on a Chinese Windows opens correctly: UTF-8 with a byte-order
 * mark, CRLF line ends, fields quoted when they hold a comma, quote or line break.
 * <p>
 * Every field is safe to open in a spreadsheet: text that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be read as a formula (a place typed as
 * {@code =HYPERLINK(...)} by anyone who records an event), so it gets a leading {@code '} (OWASP's
 * advice), which the spreadsheet shows as text. A plain number such as {@code -12.5} is no formula
 * and stays a number.
 */
public final class Csv {

	private static final String BOM = "\uFEFF";

	/** What a spreadsheet reads as the start of a formula. */
	private static final String FORMULA_START = "=+-@\t\r";

	/** A number as we write them (e.g. a negative amount): a spreadsheet reads it as a number, never a formula. */
	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private Csv() {
	}

	public static byte[] write(List<String> header, List<List<String>> rows) {
		StringBuilder out = new StringBuilder(BOM);
		line(out, header);
		rows.forEach(row -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** One field as written: neutralised if a spreadsheet would take it for a formula, quoted if needed. */
	public static String field(String value) {
		String field = value == null ? "" : neutralised(value);
		if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
			return '"' + field.replace("\"", "\"\"") + '"';
		}
		return field;
	}

	private static String neutralised(String value) {
		if (value.isEmpty() || FORMULA_START.indexOf(value.charAt(0)) < 0 || PLAIN_NUMBER.matcher(value).matches()) {
			return value;
		}
		return "'" + value;
	}

	private static void line(StringBuilder out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(fields.get(i)));
		}
		out.append("\r\n");
	}
}
