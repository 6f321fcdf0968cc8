package cn.saihan.trace.imports;

import org.springframework.batch.infrastructure.item.file.LineMapper;

import cn.saihan.trace.system.FieldProblem;

/** Maps a line to a row by the header's columns; the header is set once the reader has skipped it. */
class LotCsvLineMapper implements LineMapper<LotCsvRow> {

	private LotCsvHeader header;

	void header(String line) {
		this.header = LotCsvHeader.parse(line);
	}

	@Override
	public LotCsvRow mapLine(String line, int lineNumber) {
		String[] cells = CsvLine.cells(line);
		// Excel pads short rows with empty cells; more cells than names would lose data silently.
		FieldProblem problem = cells.length > header.width() && !allBlankFrom(cells, header.width())
				? ImportRefusal.CELLS.at(null, cells.length, header.width()) : null;
		return new LotCsvRow(lineNumber, header.value(cells, "creditCode"), header.value(cells, "productCode"),
				header.value(cells, "harvestDate"), header.value(cells, "quantityKg"),
				header.value(cells, "unitPriceYuan"), header.value(cells, "lotCode"), header.value(cells, "plot"),
				header.value(cells, "village"), problem);
	}

	private static boolean allBlankFrom(String[] cells, int from) {
		for (int i = from; i < cells.length; i++) {
			if (!cells[i].isBlank()) {
				return false;
			}
		}
		return true;
	}
}
