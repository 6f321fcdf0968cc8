package cn.saihan.trace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
		assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(Csv.field("+86 471 1234567")).isEqualTo("'+86 471 1234567");
		assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
		assertThat(Csv.field("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
		assertThat(Csv.field("\t=1")).isEqualTo("'\t=1");
		assertThat(Csv.field("\r=1")).isEqualTo("\"'\r=1\"");
	}

	@Test
	void plainNumbersAndOrdinaryTextStayAsTheyAre() {
		assertThat(Csv.field("-12.5")).isEqualTo("-12.5");
		assertThat(Csv.field("1200")).isEqualTo("1200");
		assertThat(Csv.field("东瓦窑批发商行")).isEqualTo("东瓦窑批发商行");
		assertThat(Csv.field("a=b")).isEqualTo("a=b");
		assertThat(Csv.field("美通超市, 新华大街店")).isEqualTo("\"美通超市, 新华大街店\"");
		assertThat(Csv.field(null)).isEmpty();
		assertThat(new String(Csv.write(List.of("a", "b"), List.of(List.of("=1", "-1"))), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFa,b\r\n'=1,-1\r\n");
	}
}
