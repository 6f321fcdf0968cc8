package cn.saihan.trace.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import cn.saihan.trace.producer.CreditCode;
import cn.saihan.trace.product.Product;
import cn.saihan.trace.product.Products;
import cn.saihan.trace.system.Csv;

/**
 * The file the bureau fills in: the Chinese column titles and one example row, as CSV and as an
 * Excel workbook (what the bureau works in), whose second sheet says how to fill each column and
 * third lists the catalogue's product codes. Codes are text columns there, so that Excel keeps a
 * credit code of digits as typed instead of turning it into a rounded number.
 */
@Component
class LotImportTemplate {

	static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The example row's producer: the demo data's 榆林镇东干丈生态农场, so that a newcomer's first import works. */
	static final String EXAMPLE_CREDIT_CODE = CreditCode.withCheckCharacter("92150105MA0N1E2F3").value();

	/** Columns whose cells are text, whatever is typed into them: credit code, product code, lot code, plot, village. */
	private static final List<Integer> TEXT_COLUMNS = List.of(0, 1, 5, 6, 7);

	private final Products products;

	LotImportTemplate(Products products) {
		this.products = products;
	}

	/** UTF-8 with a byte order mark, as Excel on a Chinese Windows opens it right. */
	byte[] csv(LocalDate today) {
		return Csv.write(List.copyOf(LotColumns.TITLES.values()), List.of(example(today)));
	}

	byte[] xlsx(LocalDate today) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle heading = heading(workbook);

			Sheet lots = workbook.createSheet("批次");
			Row header = lots.createRow(0);
			List<String> titles = List.copyOf(LotColumns.TITLES.values());
			for (int column = 0; column < titles.size(); column++) {
				Cell cell = header.createCell(column);
				cell.setCellValue(titles.get(column));
				cell.setCellStyle(heading);
				lots.setColumnWidth(column, (column == 0 ? 26 : 14) * 256);
				if (TEXT_COLUMNS.contains(column)) {
					lots.setDefaultColumnStyle(column, text);
				}
			}
			List<String> example = example(today);
			Row row = lots.createRow(1);
			for (int column = 0; column < example.size(); column++) {
				Cell cell = row.createCell(column);
				switch (column) {
					case 2 -> {
						cell.setCellValue(today);
						cell.setCellStyle(date);
					}
					case 3, 4 -> cell.setCellValue(Double.parseDouble(example.get(column)));
					default -> {
						cell.setCellValue(example.get(column));
						cell.setCellStyle(text);
					}
				}
			}
			lots.createFreezePane(0, 1);

			notes(workbook.createSheet("填写说明"), heading);
			catalogue(workbook.createSheet("产品代码"), heading);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the import template", ex);
		}
	}

	private static List<String> example(LocalDate today) {
		return List.of(EXAMPLE_CREDIT_CODE, "TPZ-TOMATO", today.toString(), "1200", "4.5", "", "一号大棚", "东干丈村");
	}

	private static void notes(Sheet sheet, CellStyle heading) {
		String[][] rows = {
				{ "列", "必填", "怎么填" },
				{ "生产主体统一社会信用代码", "是", "18 位，须是农牧水利局已登记的生产主体；个体农户没有信用代码，其批次请在网页上登记" },
				{ "产品代码", "是", "产品目录中的代码，见“产品代码”工作表，例如 TPZ-TOMATO（太平庄番茄）" },
				{ "采收日期", "是", "年-月-日，例如 2025-07-18（2025/7/18 或日期格式的单元格也可以）；不能晚于今天" },
				{ "数量(公斤)", "是", "大于 0 的数字，最多 3 位小数" },
				{ "单价(元/公斤)", "是", "不小于 0 的数字，最多 4 位小数" },
				{ "批次编号", "否", "最多 20 位大写字母、数字或“-”；不填则由系统生成。同一文件再次导入不会重复登记" },
				{ "地块", "否", "例如 一号大棚" },
				{ "村", "否", "不填则为生产主体登记的村" },
				{ "", "", "" },
				{ "说明", "", "只读取第一个工作表；第 1 行是列名，第 2 行是示例，导入前请改为实际数据或删除。列的顺序可以调整，"
						+ "列名也可以用英文（creditCode、productCode、harvestDate、quantityKg、unitPriceYuan、lotCode、plot、village）。"
						+ "有问题的行会按行号列出并跳过，其余的行照常导入。" } };
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows[r].length; c++) {
				Cell cell = row.createCell(c);
				cell.setCellValue(rows[r][c]);
				if (r == 0) {
					cell.setCellStyle(heading);
				}
			}
		}
		sheet.setColumnWidth(0, 26 * 256);
		sheet.setColumnWidth(1, 6 * 256);
		sheet.setColumnWidth(2, 90 * 256);
	}

	private void catalogue(Sheet sheet, CellStyle heading) {
		Row header = sheet.createRow(0);
		String[] titles = { "产品代码", "产品名称" };
		for (int c = 0; c < titles.length; c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(titles[c]);
			cell.setCellStyle(heading);
		}
		int r = 1;
		for (Product product : products.findAllByOrderByCode()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(product.getCode());
			row.createCell(1).setCellValue(product.getNameZh());
		}
		sheet.setColumnWidth(0, 20 * 256);
		sheet.setColumnWidth(1, 24 * 256);
	}

	private static CellStyle heading(XSSFWorkbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle heading = workbook.createCellStyle();
		heading.setFont(bold);
		heading.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
		heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		heading.setBorderBottom(BorderStyle.THIN);
		return heading;
	}
}
