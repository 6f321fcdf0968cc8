package cn.saihan.trace.imports;

import cn.saihan.trace.system.FieldProblem;

/**
 * One data row of the file as text, with its line number (the header is line 1). Parsing and
 * checking happen later, so that every problem of a row is reported at once.
 *
 * @param problem what makes the row unreadable as a whole (a wrong number of cells), or {@code null}
 */
record LotCsvRow(long line, String creditCode, String productCode, String harvestDate, String quantityKg,
		String unitPriceYuan, String lotCode, String plot, String village, FieldProblem problem) {

	boolean isBlank() {
		return problem == null && creditCode.isEmpty() && productCode.isEmpty() && harvestDate.isEmpty()
				&& quantityKg.isEmpty() && unitPriceYuan.isEmpty() && lotCode.isEmpty() && plot.isEmpty()
				&& village.isEmpty();
	}
}
