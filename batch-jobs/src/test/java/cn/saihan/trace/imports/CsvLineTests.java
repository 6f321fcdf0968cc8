package cn.saihan.trace.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvLineTests {

	@Test
	void cutsAPlainLineAtItsCommasKeepingEmptyCells() {
		assertThat(CsvLine.cells("9115,TPZ-TOMATO,2025-07-18,120.5,3.20,,一号棚,"))
			.containsExactly("9115", "TPZ-TOMATO", "2025-07-18", "120.5", "3.20", "", "一号棚", "");
		assertThat(CsvLine.cells("")).containsExactly("");
	}

	@Test
	void aQuotedCellMayHoldCommasAndDoubledQuotesAsExcelWritesThem() {
		assertThat(CsvLine.cells("a,\"东干丈村, 二组\",\"说\"\"好\"\"的\",\"\",z"))
			.containsExactly("a", "东干丈村, 二组", "说\"好\"的", "", "z");
	}
}
