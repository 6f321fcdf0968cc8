package cn.saihan.trace.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;

/**
 * The header row: which column holds which field, each named in English or Chinese
 * ({@link LotColumns}). Columns may come in any order and the optional ones (lot code, plot, village)
 * may be left out; an unknown or missing required name is refused before anything is read, since
 * every row would fail the same way, with each problem named.
 */
record LotCsvHeader(Map<String, Integer> columns, int width) {

	static final List<String> FIELDS = List.of("creditCode", "productCode", "harvestDate", "quantityKg",
			"unitPriceYuan", "lotCode", "plot", "village");

	static final List<String> REQUIRED = FIELDS.subList(0, 5);

	/** Excel writes a byte order mark before the first header name of a "CSV UTF-8" file. */
	private static final char BOM = '\uFEFF';

	/** The columns of a header line, or every reason it cannot be read by (all at once). */
	static LotCsvHeader parse(String line) {
		String expected = String.join(",", FIELDS) + " (or in Chinese " + LotColumns.chineseHeader() + ")";
		if (line == null || line.isBlank()) {
			throw ImportRefusal.FILE_EMPTY.invalid("file", expected);
		}
		String text = line.charAt(0) == BOM ? line.substring(1) : line;
		String[] names = CsvLine.cells(text);
		Map<String, Integer> columns = new HashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			String name = names[i].strip();
			String field = LotColumns.field(name).orElse(null);
			if (field == null) {
				problems.add(ImportRefusal.HEADER_UNKNOWN_COLUMN.at("file", name, expected));
			}
			else if (columns.putIfAbsent(field, i) != null) {
				problems.add(ImportRefusal.HEADER_COLUMN_TWICE.at("file", field));
			}
		}
		REQUIRED.stream()
			.filter(f -> !columns.containsKey(f))
			.forEach(f -> problems.add(ImportRefusal.HEADER_COLUMN_MISSING.at("file", f, expected)));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new LotCsvHeader(Map.copyOf(columns), names.length);
	}

	/** The value of a field in a row's cells; absent columns and cells read as empty. */
	String value(String[] cells, String field) {
		Integer index = columns.get(field);
		return index == null || index >= cells.length ? "" : cells[index].strip();
	}
}
