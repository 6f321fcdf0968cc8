package cn.saihan.trace.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel workbooks as the bureau saves them, and as an attacker would craft them, for the import's tests. */
final class Workbooks {

	private Workbooks() {
	}

	/** A workbook whose first sheet holds these rows; a {@link LocalDate} is a date cell, a number a number cell. */
	static byte[] of(Object[]... rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle date = workbook.createCellStyle();
			// As a Chinese Excel shows a date.
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
			CellStyle grouped = workbook.createCellStyle();
			grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			Sheet sheet = workbook.createSheet("批次");
			for (int r = 0; r < rows.length; r++) {
				if (rows[r] == null) {
					continue;
				}
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
						cell.setCellStyle(grouped);
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			workbook.createSheet("其他");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A real workbook with one of its parts replaced by what {@code part} writes, streamed. */
	static Path withPart(Path file, String name, Consumer<OutputStream> part) throws IOException {
		byte[] original = of(new Object[] { "creditCode" });
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(original));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			ZipEntry entry;
			boolean written = false;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(name)) {
					part.accept(out);
					written = true;
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
			if (!written) {
				out.putNextEntry(new ZipEntry(name));
				part.accept(out);
				out.closeEntry();
			}
		}
		return file;
	}

	/** Writes {@code text} {@code times} times, without ever holding more than one copy. */
	static void repeat(OutputStream out, String head, String text, long times, String tail) {
		try {
			out.write(head.getBytes(StandardCharsets.UTF_8));
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			for (long i = 0; i < times; i++) {
				out.write(bytes);
			}
			out.write(tail.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
