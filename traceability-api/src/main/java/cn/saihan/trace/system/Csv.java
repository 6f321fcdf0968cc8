package cn.saihan.trace.system;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RFC 4180 CSV that Excel on a Chinese Windows opens correctly: UTF-8 with a byte-order
 * mark, CRLF line ends, fields quoted when they hold a comma, quote or line break.
 */
public final class Csv {

	private static final String BOM = "\uFEFF";

	private Csv() {
	}

	public static byte[] write(List<String> header, List<List<String>> rows) {
		StringBuilder out = new StringBuilder(BOM);
		line(out, header);
		rows.forEach(row -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String field = fields.get(i) == null ? "" : fields.get(i);
			if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
				out.append('"').append(field.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(field);
			}
		}
		out.append("\r\n");
	}
}
