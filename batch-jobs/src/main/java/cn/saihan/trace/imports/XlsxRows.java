package cn.saihan.trace.imports;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

import cn.saihan.trace.system.RefusedException;

/**
 * The first sheet of an Excel workbook (.xlsx) as the CSV the import reads, row for row: line N of
 * the CSV is row N of the sheet (empty rows become empty lines, a line break within a cell a space),
 * so the per-line report names the sheet's own row numbers and every rule of the CSV import applies
 * unchanged. A date cell is written as its ISO date and a number as its plain value, whatever the
 * cell's display format ("2025/7/18", "1,200.00"); text stays as typed.
 * <p>
 * The sheet is streamed with POI's event reader, never loaded whole, and what POI may read is
 * bounded, so that no workbook exhausts memory: a zip bomb is refused by POI's inflate ratio
 * check; the shared strings (the one part held in memory) and the styles are read through a cap on
 * their bytes; a cell longer than Excel itself allows (32,767 characters) is refused; and reading
 * stops at the row limit, refusing the whole sheet before anything is written.
 */
final class XlsxRows {

	/** What Excel allows in one cell; anything longer was not written by Excel. */
	static final int MAX_CELL_CHARS = 32_767;

	/** The most the cell styles, read into memory as the shared text is, may take. */
	private static final long MAX_STYLES_BYTES = 8L * 1024 * 1024;

	/** The signature of a zip archive, which an .xlsx is. */
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** The signature of an OLE2 compound file, which an Excel 97–2003 .xls is. */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private XlsxRows() {
	}

	/** Whether the file begins as a zip archive does, as every .xlsx. */
	static boolean isXlsx(Path file) throws IOException {
		return begins(file, ZIP);
	}

	/** Whether the file is an Excel 97–2003 workbook, which is not read: it is to be saved as .xlsx or CSV. */
	static boolean isOldExcel(Path file) throws IOException {
		return begins(file, OLE2);
	}

	/**
	 * Writes the first sheet of {@code workbook} to {@code csv} as UTF-8.
	 *
	 * @throws cn.saihan.trace.system.InvalidInputException naming {@code file} when the workbook
	 * cannot be read, is too large to read, or has more rows than {@code maxRows}
	 */
	static void toCsv(Path workbook, Path csv, int maxRows, long maxTextBytes) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
				BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = styles(pkg);
			SharedStrings strings = sharedStrings(pkg, maxTextBytes);
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			if (!sheets.hasNext()) {
				throw ImportRefusal.BAD_WORKBOOK.invalid("file", "it has no sheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = SAXHelper.newXMLReader();
				CellsWithinExcelsLimit filter = new CellsWithinExcelsLimit(parser);
				filter.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new CsvLines(out, maxRows),
						new PlainValues(), false));
				filter.parse(new InputSource(sheet));
			}
		}
		catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
				| RuntimeException unreadable) {
			throw refusal(unreadable);
		}
	}

	/**
	 * Why the workbook is refused: too many rows, too large to read, or (POI's words, in English:
	 * a zip bomb, a part missing, no workbook at all) unreadable.
	 */
	private static RuntimeException refusal(Throwable failure) {
		if (failure instanceof RefusedException refused) {
			return refused;
		}
		Throwable root = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof TooManyRows tooMany) {
				return ImportRefusal.TOO_MANY_ROWS.invalid("file", tooMany.maxRows);
			}
			if (cause instanceof TooLarge tooLarge) {
				return ImportRefusal.WORKBOOK_TOO_LARGE.invalid("file", tooLarge.getMessage());
			}
			root = cause;
		}
		return ImportRefusal.BAD_WORKBOOK.invalid("file",
				root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
	}

	/** The cell styles (how dates and numbers are told apart), read through a cap. */
	private static StylesTable styles(OPCPackage pkg) throws IOException {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
		if (parts.isEmpty()) {
			return new StylesTable();
		}
		try (InputStream in = new Capped(parts.get(0).getInputStream(), MAX_STYLES_BYTES)) {
			return new StylesTable(in);
		}
	}

	/** The shared strings, read through the cap; a workbook without any text has none. */
	private static SharedStrings sharedStrings(OPCPackage pkg, long maxTextBytes) throws IOException, SAXException {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return new ReadOnlySharedStringsTable(new ByteArrayInputStream(
					"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
						.getBytes(StandardCharsets.UTF_8)));
		}
		try (InputStream in = new Capped(parts.get(0).getInputStream(), maxTextBytes)) {
			return new ReadOnlySharedStringsTable(in);
		}
	}

	private static boolean begins(Path file, byte[] signature) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] start = in.readNBytes(signature.length);
			return Arrays.equals(start, signature);
		}
	}

	/** Writes each row as a CSV line at its own line number. */
	private static final class CsvLines implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final BufferedWriter out;

		private final int maxRows;

		private final List<String> cells = new ArrayList<>();

		/** The line the next row goes to, counted from 1. */
		private int nextLine = 1;

		CsvLines(BufferedWriter out, int maxRows) {
			this.out = out;
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			if (rowNum >= maxRows) {
				throw new TooManyRows(maxRows);
			}
			try {
				// Rows without any cell are absent from the sheet: empty lines keep the numbering.
				for (; nextLine <= rowNum; nextLine++) {
					out.write("\r\n");
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			cells.clear();
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = new CellReference(reference).getCol();
			while (cells.size() <= column) {
				cells.add("");
			}
			cells.set(column, value == null ? "" : value);
		}

		@Override
		public void endRow(int rowNum) {
			try {
				out.write(String.join(",", cells.stream().map(CsvLines::field).toList()));
				out.write("\r\n");
				nextLine = rowNum + 2;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** A cell as a CSV field on one line: quoted where it holds a comma or quote. */
		private static String field(String value) {
			String oneLine = value.replaceAll("[\\r\\n]+", " ");
			if (oneLine.contains(",") || oneLine.contains("\"")) {
				return '"' + oneLine.replace("\"", "\"\"") + '"';
			}
			return oneLine;
		}
	}

	/**
	 * A number as its plain value and a date as its ISO date, whatever format the cell displays them
	 * in: "1,200.00" would not read as a quantity, nor "7/18/25" as a date.
	 */
	private static final class PlainValues extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}
	}

	/**
	 * Refuses a cell (or any text of the sheet's XML) longer than Excel allows, before POI gathers it
	 * into one string: a sheet crafted with a cell of a hundred million characters stops here.
	 */
	private static final class CellsWithinExcelsLimit extends XMLFilterImpl {

		private int run;

		CellsWithinExcelsLimit(XMLReader parent) {
			super(parent);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
			run = 0;
			super.startElement(uri, localName, qName, atts);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			run = 0;
			super.endElement(uri, localName, qName);
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			run += length;
			if (run > MAX_CELL_CHARS) {
				throw new SAXException(new TooLarge("a cell holds more than the " + MAX_CELL_CHARS
						+ " characters Excel allows"));
			}
			super.characters(ch, start, length);
		}
	}

	/** A stream that fails once more than {@code max} bytes have been read from it. */
	private static final class Capped extends FilterInputStream {

		private final long max;

		private long read;

		Capped(InputStream in, long max) {
			super(in);
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(long n) throws TooLarge {
			read += n;
			if (read > max) {
				throw new TooLarge("its text or styles take more than " + max / (1024 * 1024) + " MB");
			}
		}
	}

	/** More rows than an import takes. */
	private static final class TooManyRows extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final int maxRows;

		TooManyRows(int maxRows) {
			super("more than " + maxRows + " rows", null, false, false);
			this.maxRows = maxRows;
		}
	}

	/** More than the workbook may hold of something read into memory. */
	private static final class TooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		TooLarge(String message) {
			super(message);
		}
	}
}
