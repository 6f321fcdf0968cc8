package cn.saihan.trace.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CSV line into its cells as Excel writes them: cells apart by commas, a cell in double
 * quotes may hold commas, and a doubled quote inside one stands for a quote. Most lines hold no
 * quote at all and are cut at their commas without copying a character twice; a general tokenizer
 * with its field sets cost as much per row as the rest of the import's own work.
 */
final class CsvLine {

	private static final char DELIMITER = ',';

	private static final char QUOTE = '"';

	private CsvLine() {
	}

	static String[] cells(String line) {
		return line.indexOf(QUOTE) < 0 ? plain(line) : quoted(line);
	}

	private static String[] plain(String line) {
		List<String> cells = new ArrayList<>(10);
		int start = 0;
		for (int comma = line.indexOf(DELIMITER); comma >= 0; comma = line.indexOf(DELIMITER, start)) {
			cells.add(line.substring(start, comma));
			start = comma + 1;
		}
		cells.add(line.substring(start));
		return cells.toArray(String[]::new);
	}

	private static String[] quoted(String line) {
		List<String> cells = new ArrayList<>(10);
		StringBuilder cell = new StringBuilder();
		boolean inQuotes = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (inQuotes) {
				if (c != QUOTE) {
					cell.append(c);
				}
				else if (i + 1 < line.length() && line.charAt(i + 1) == QUOTE) {
					cell.append(QUOTE);
					i++;
				}
				else {
					inQuotes = false;
				}
			}
			else if (c == DELIMITER) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == QUOTE) {
				inQuotes = true;
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells.toArray(String[]::new);
	}
}
