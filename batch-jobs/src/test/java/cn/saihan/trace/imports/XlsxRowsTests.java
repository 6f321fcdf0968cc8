package cn.saihan.trace.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.saihan.trace.system.InvalidInputException;

/**
 * An Excel sheet becomes the CSV the import reads, row for row; what POI may read of a workbook is
 * bounded, so that a zip bomb, a giant cell or a sheet of a million rows is refused without
 * exhausting memory.
 */
class XlsxRowsTests {

	private static final long TEXT_CAP = 64L * 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void aSheetBecomesTheCsvTheImportReadsWithTheSheetsRowNumbersAsLines() throws IOException {
		Path workbook = Files.write(dir.resolve("lots.xlsx"), Workbooks.of(
				new Object[] { "生产主体统一社会信用代码", "产品代码", "采收日期", "数量（公斤）", "单价（元／公斤）", "批次编号", "地块", "村" },
				new Object[] { "911501051234567890", "TPZ-TOMATO", LocalDate.of(2025, 7, 18), 1200, 4.5, "TPZ-1", "一号大棚",
						"东干丈村" },
				null,
				new Object[] { "911501051234567890", "GCL-PUMPKIN", "2025/8/1", 3.125, 0.3, null, "二号地,北边", "多行\n备注" }));

		List<String> lines = csv(workbook, 100);

		assertThat(lines).containsExactly(
				"生产主体统一社会信用代码,产品代码,采收日期,数量（公斤）,单价（元／公斤）,批次编号,地块,村",
				// a date cell as its ISO date, numbers plainly whatever their display format ("1,200.00")
				"911501051234567890,TPZ-TOMATO,2025-07-18,1200,4.5,TPZ-1,一号大棚,东干丈村",
				// the empty row keeps its line, so the report names the sheet's row numbers
				"",
				// text as typed, a comma quoted, a line break within a cell a space
				"911501051234567890,GCL-PUMPKIN,2025/8/1,3.125,0.3,,\"二号地,北边\",多行 备注");
		assertThat(LotCsvHeader.parse(lines.get(0)).columns()).containsOnlyKeys(LotCsvHeader.FIELDS);
	}

	@Test
	void aSheetWithMoreRowsThanTheLimitIsRefusedWhole() throws IOException {
		Path workbook = Files.write(dir.resolve("long.xlsx"), Workbooks.of(
				new Object[] { "creditCode" }, new Object[] { "a" }, new Object[] { "b" }, new Object[] { "c" }));
		assertThat(csv(workbook, 4)).hasSize(4);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> csv(workbook, 3))
			.satisfies(refused -> assertThat(refused.is(ImportRefusal.TOO_MANY_ROWS)).isTrue())
			.withMessage("has more than 3 rows: split it into several files");
	}

	/** A million rows (60 MB of sheet) are streamed, not loaded: reading stops at the limit. */
	@Test
	void aMillionRowSheetIsRefusedAtTheLimitWithoutBeingLoaded() throws IOException {
		Path workbook = Workbooks.withPart(dir.resolve("million.xlsx"), "xl/worksheets/sheet1.xml", out -> {
			StringBuilder rows = new StringBuilder();
			Workbooks.repeat(out, """
					<?xml version="1.0" encoding="UTF-8"?>
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""", "", 0, "");
			for (int r = 1; r <= 1_000_000; r++) {
				rows.setLength(0);
				rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r)
					.append("\" t=\"inlineStr\"><is><t>").append(r).append("</t></is></c></row>");
				Workbooks.repeat(out, "", rows.toString(), 1, "");
			}
			Workbooks.repeat(out, "", "", 0, "</sheetData></worksheet>");
		});

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> csv(workbook, 200_000))
			.satisfies(refused -> assertThat(refused.is(ImportRefusal.TOO_MANY_ROWS)).isTrue());
		// what was read before the limit was written out as it came, one row at a time
		assertThat(Files.size(dir.resolve("million.xlsx.csv"))).isGreaterThan(1_000_000L);
	}

	/** A part that inflates a thousandfold is a zip bomb: POI refuses it before reading it whole. */
	@Test
	void aZipBombIsRefused() throws IOException {
		Path workbook = Workbooks.withPart(dir.resolve("bomb.xlsx"), "xl/sharedStrings.xml",
				out -> Workbooks.repeat(out, """
						<?xml version="1.0" encoding="UTF-8"?>
						<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>""",
						"a".repeat(1024), 512 * 1024, "</t></si></sst>"));
		assertThat(Files.size(workbook)).as("half a GB inflated from a few hundred kB").isLessThan(2L * 1024 * 1024);

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> csv(workbook, 200_000))
			.satisfies(refused -> assertThat(refused.is(ImportRefusal.BAD_WORKBOOK)
					|| refused.is(ImportRefusal.WORKBOOK_TOO_LARGE)).isTrue());
	}

	/** Shared text beyond the cap is refused even where it is no bomb by ratio. */
	@Test
	void sharedTextBeyondTheCapIsRefused() throws IOException {
		Path workbook = Workbooks.withPart(dir.resolve("text.xlsx"), "xl/sharedStrings.xml", out -> {
			Workbooks.repeat(out, """
					<?xml version="1.0" encoding="UTF-8"?>
					<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""", "", 0, "");
			for (int i = 0; i < 20_000; i++) {
				Workbooks.repeat(out, "<si><t>", Integer.toHexString(i * 7919) + "文本", 20, "</t></si>");
			}
			Workbooks.repeat(out, "", "", 0, "</sst>");
		});
		Path target = dir.resolve("text.csv");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> XlsxRows.toCsv(workbook, target, 200_000, 1024 * 1024))
			.satisfies(refused -> assertThat(refused.is(ImportRefusal.WORKBOOK_TOO_LARGE)).isTrue())
			.withMessageContaining("more than 1 MB");
	}

	@Test
	void aCellLongerThanExcelAllowsIsRefused() throws IOException {
		Path workbook = Workbooks.withPart(dir.resolve("cell.xlsx"), "xl/worksheets/sheet1.xml",
				out -> Workbooks.repeat(out, """
						<?xml version="1.0" encoding="UTF-8"?>
						<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
						<row r="1"><c r="A1" t="inlineStr"><is><t>""", "x", XlsxRows.MAX_CELL_CHARS + 1,
						"</t></is></c></row></sheetData></worksheet>"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> csv(workbook, 200_000))
			.satisfies(refused -> assertThat(refused.is(ImportRefusal.WORKBOOK_TOO_LARGE)).isTrue());
	}

	@Test
	void somethingThatIsNoWorkbookIsRefusedAsSuch() throws IOException {
		Path notOne = Files.write(dir.resolve("x.xlsx"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(XlsxRows.isXlsx(notOne)).isTrue();
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> csv(notOne, 100))
			.satisfies(refused -> assertThat(refused.is(ImportRefusal.BAD_WORKBOOK)).isTrue());
		Path old = Files.write(dir.resolve("old.xls"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 });
		assertThat(XlsxRows.isOldExcel(old)).isTrue();
		assertThat(XlsxRows.isXlsx(old)).isFalse();
	}

	private List<String> csv(Path workbook, int maxRows) throws IOException {
		Path target = dir.resolve(workbook.getFileName() + ".csv");
		XlsxRows.toCsv(workbook, target, maxRows, TEXT_CAP);
		return Files.readAllLines(target, StandardCharsets.UTF_8);
	}
}
