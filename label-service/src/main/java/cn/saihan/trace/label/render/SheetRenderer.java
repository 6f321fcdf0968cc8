package cn.saihan.trace.label.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.google.zxing.common.BitMatrix;

/**
 * Lays labels out on the stock they are printed on ({@link LabelStock}): A4 paper, A4 sticker
 * sheets with cut marks, thermal roll labels. Every code keeps its 4-module quiet zone and clear
 * white around it, so that a phone or a scanner reads each code of a printed or scanned sheet on
 * its own. Codes are drawn as 1-bit images of one pixel per module, about three times faster to
 * write than vector rectangles and no less sharp, each module a whole number of printer dots and
 * each code starting on a whole dot from the page's top left, where renderers and printers start
 * counting: every module then prints as the same number of dots, which some readers (zbar) need
 * to find several codes on one page. Sheets are drawn for 203 dpi unless asked otherwise: the
 * dots of a 203 dpi label printer, and a sheet so drawn also reads when printed or scanned at 300
 * dpi, while one drawn for 300 dpi lost up to 3 codes in 100 to zbar when rendered at 203
 * (measured over 600 labels of each A4 stock). The document's streams spill to a temporary file
 * past a few megabytes, so a large sheet does not hold the heap.
 */
public final class SheetRenderer {

	/** Printer resolutions a sheet can be drawn for: label printers print 203 or 300 dpi, office printers 300 (or 600). */
	public static final Set<Integer> PRINTER_DPI = Set.of(203, 300);

	/** The resolution a sheet is drawn for unless another is asked. */
	public static final int DEFAULT_DPI = 203;

	private static final float MM = 72f / 25.4f;

	/** What one document keeps in memory before its streams go to a temporary file. */
	private static final long IN_MEMORY_BYTES = 4L << 20;

	/** Line height as a multiple of the type size. */
	private static final float LEADING = 1.3f;

	/** At least two dots per module: one dot is below what a phone camera resolves. */
	private static final int MIN_DOTS_PER_MODULE = 2;

	private final QrRenderer qr;

	private final LabelSpec spec;

	private final CjkFont font;

	/**
	 * @param qr draws the codes
	 * @param spec error correction and quiet zone of the codes (its size does not apply here)
	 * @param fontFile a TrueType collection (.ttc) with a Chinese face; when it is missing, sheets
	 * print the product code in Helvetica instead of the name
	 * @param fontName the face to embed, as a subset
	 */
	public SheetRenderer(QrRenderer qr, LabelSpec spec, Path fontFile, String fontName) {
		this.qr = qr;
		this.spec = spec;
		this.font = new CjkFont(fontFile, fontName);
	}

	/** The sheet in memory: for tests and small sheets; a response streams {@link #write}. */
	public byte[] pdf(List<SheetLabel> labels, LabelStock stock, int dpi) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			write(labels, stock, dpi, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a PDF in memory", ex);
		}
		return out.toByteArray();
	}

	/**
	 * Writes the labels on {@code stock}, for a printer of {@code dpi}, in order: across, then down,
	 * then the next page.
	 */
	public void write(List<SheetLabel> labels, LabelStock stock, int dpi, OutputStream out) throws IOException {
		if (!PRINTER_DPI.contains(dpi)) {
			throw new IllegalArgumentException("Not a printer resolution of " + PRINTER_DPI + ": " + dpi);
		}
		float dot = 72f / dpi;
		try (PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(IN_MEMORY_BYTES).streamCache);
				CjkFont.Loaded face = font.load(document)) {
			for (int from = 0; from < labels.size(); from += stock.perPage()) {
				page(document, face, stock, dot, labels.subList(from, Math.min(from + stock.perPage(), labels.size())));
			}
			document.save(out);
		}
	}

	private void page(PDDocument document, CjkFont.Loaded face, LabelStock stock, float dot, List<SheetLabel> labels)
			throws IOException {
		PDPage page = new PDPage(new PDRectangle(stock.pageWidth * MM, stock.pageHeight * MM));
		document.addPage(page);
		float pageHeight = page.getMediaBox().getHeight();
		float cellWidth = stock.cellWidth() * MM;
		float cellHeight = stock.cellHeight() * MM;
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			for (int i = 0; i < labels.size(); i++) {
				SheetLabel label = labels.get(i);
				// Cells are measured from the page's top left.
				Cell cell = new Cell((stock.marginX * MM) + (i % stock.columns) * cellWidth,
						(stock.marginY * MM) + (i / stock.columns) * cellHeight, cellWidth, cellHeight);
				BitMatrix modules = qr.modules(label.uri(), label.mask(), spec);
				int n = modules.getWidth();
				int dotsPerModule = Math.max(MIN_DOTS_PER_MODULE, (int) (stock.maxCodeSide * MM / (n * dot)));
				float side = n * dotsPerModule * dot;
				if (stock.style == LabelStock.Style.STACKED) {
					stacked(content, face, dot, pageHeight, cell, side, modules, label, document);
				}
				else {
					sideBySide(content, face, stock, dot, pageHeight, cell, side, modules, label, document);
				}
			}
			if (stock.cutMarks) {
				cutMarks(content, stock, pageHeight);
			}
		}
	}

	/** The code at the top of the cell, product name, lot code, short code and the lot's brands centred under it. */
	private static void stacked(PDPageContentStream content, CjkFont.Loaded face, float dot, float pageHeight, Cell cell,
			float side, BitMatrix modules, SheetLabel label, PDDocument document) throws IOException {
		float centre = cell.left() + cell.width() / 2;
		float left = onDots(centre - side / 2, dot);
		float codeBottom = pageHeight - onDots(cell.top(), dot) - side;
		content.drawImage(image(document, modules), left, codeBottom, side, side);
		PDFont font = face.font();
		String name = face.chinese() ? label.productName() : label.productCode();
		Fitted fitted = fit(font, 9, name, cell.width() - 2 * MM);
		centred(content, font, fitted.size(), fitted.text(), centre, codeBottom - 3.5f * MM);
		centred(content, font, 7.5f, PrintedTexts.of("label.lot", face.chinese(), label.lotCode()), centre,
				codeBottom - 7 * MM);
		centred(content, font, 9, label.code(), centre, codeBottom - 10.5f * MM);
		// A brand's name is Chinese: without a Chinese font it is left off rather than printed as boxes.
		if (label.brandName() != null && face.chinese()) {
			Fitted brand = fit(font, 7.5f, PrintedTexts.of("label.brand", true, label.brandName()), cell.width() - 2 * MM);
			centred(content, font, brand.size(), brand.text(), centre, codeBottom - 14 * MM);
		}
	}

	/**
	 * The code on the left of the cell, centred in its height; product, the lot's brands, producer,
	 * harvest date, the invitation to scan and the short code in a column on its right.
	 */
	private static void sideBySide(PDPageContentStream content, CjkFont.Loaded face, LabelStock stock, float dot,
			float pageHeight, Cell cell, float side, BitMatrix modules, SheetLabel label, PDDocument document)
			throws IOException {
		float left = onDots(cell.left() + stock.codeInset * MM, dot);
		float top = onDots(cell.top() + (cell.height() - side) / 2, dot);
		content.drawImage(image(document, modules), left, pageHeight - top - side, side, side);

		boolean chinese = face.chinese();
		PDFont font = face.font();
		float base = cell.height() * 0.077f;
		float textLeft = left + side + 0.5f * MM;
		float width = cell.left() + cell.width() - Math.max(1, stock.codeInset) * MM - textLeft;
		// Names may take two lines on the narrow stocks; the rest is one line each.
		List<Fitted> lines = new ArrayList<>();
		lines.addAll(wrap(font, 1.3f * base, chinese ? label.productName() : label.productCode(), width));
		if (chinese && label.brandName() != null) {
			lines.addAll(wrap(font, 0.9f * base, PrintedTexts.of("label.brand", true, label.brandName()), width));
		}
		if (chinese) {
			lines.addAll(wrap(font, 0.9f * base, label.producerName(), width));
		}
		lines.add(fit(font, 0.9f * base, PrintedTexts.of("label.harvested", chinese, label.harvestDate().toString()),
				width));
		lines.add(fit(font, 1.15f * base, PrintedTexts.of("label.scanToVerify", chinese), width));
		lines.add(fit(font, 0.8f * base, label.code(), width));
		float block = 0;
		for (Fitted line : lines) {
			block += LEADING * line.size();
		}
		float y = pageHeight - (cell.top() + (cell.height() - block) / 2);
		for (Fitted line : lines) {
			y -= LEADING * line.size();
			show(content, font, line.size(), line.text(), textLeft, y + 0.3f * line.size());
		}
	}

	/**
	 * Thin crosses where four labels meet and ticks where the grid meets its edge, for cutting the
	 * sheet into labels; they lie on the cut lines, outside every code and its quiet zone.
	 */
	private static void cutMarks(PDPageContentStream content, LabelStock stock, float pageHeight) throws IOException {
		float arm = 2 * MM;
		content.setStrokingColor(0.45f);
		content.setLineWidth(0.25f);
		for (int c = 0; c <= stock.columns; c++) {
			float x = (stock.marginX + c * stock.cellWidth()) * MM;
			for (int r = 0; r <= stock.rows; r++) {
				float y = pageHeight - (stock.marginY + r * stock.cellHeight()) * MM;
				content.moveTo(Math.max(0, x - arm), y);
				content.lineTo(Math.min(stock.pageWidth * MM, x + arm), y);
				content.moveTo(x, Math.max(0, y - arm));
				content.lineTo(x, Math.min(pageHeight, y + arm));
			}
		}
		content.stroke();
	}

	private static float onDots(float points, float dot) {
		return Math.round(points / dot) * dot;
	}

	/** The code as a 1-bit grey image, one pixel per module: 0 is black in DeviceGray, as in our bit rows. */
	static PDImageXObject image(PDDocument document, BitMatrix modules) throws IOException {
		int n = modules.getWidth();
		int stride = (n + 7) / 8;
		byte[] bits = new byte[stride * n];
		Arrays.fill(bits, (byte) 0xFF);
		for (int y = 0; y < n; y++) {
			for (int x = 0; x < n; x++) {
				if (modules.get(x, y)) {
					bits[y * stride + (x >> 3)] &= (byte) ~(0x80 >>> (x & 7));
				}
			}
		}
		ByteArrayOutputStream deflated = new ByteArrayOutputStream(bits.length);
		try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_SPEED))) {
			out.write(bits);
		}
		return new PDImageXObject(document, new ByteArrayInputStream(deflated.toByteArray()), COSName.FLATE_DECODE, n,
				n, 1, PDDeviceGray.INSTANCE);
	}

	static void centred(PDPageContentStream content, PDFont font, float size, String text, float centre,
			float baseline) throws IOException {
		show(content, font, size, text, centre - width(font, size, text) / 2, baseline);
	}

	static void show(PDPageContentStream content, PDFont font, float size, String text, float left, float baseline)
			throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(left, baseline);
		content.showText(text);
		content.endText();
	}

	static float width(PDFont font, float size, String text) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/**
	 * The text at {@code size}, or smaller (down to three quarters) where it would not fit, and
	 * shortened with an ellipsis where even that is too wide: a long name must not run into the
	 * next label.
	 */
	static Fitted fit(PDFont font, float size, String text, float width) throws IOException {
		float fitting = Math.max(0.75f * size, Math.min(size, size * width / Math.max(width(font, size, text), 1)));
		if (width(font, fitting, text) <= width * 1.001f) {
			return new Fitted(text, fitting);
		}
		String shorter = text;
		while (shorter.length() > 1 && width(font, fitting, shorter + "…") > width) {
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return new Fitted(shorter + "…", fitting);
	}

	/**
	 * The text on one line if it fits (or nearly, set a little smaller), else on two lines, the
	 * second shortened with an ellipsis if need be.
	 */
	static List<Fitted> wrap(PDFont font, float size, String text, float width) throws IOException {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Fitted one = fit(font, size, text, width);
		if (one.text().equals(text)) {
			return List.of(one);
		}
		float smaller = 0.85f * size;
		int cut = text.length();
		while (cut > 1 && width(font, smaller, text.substring(0, cut)) > width) {
			cut--;
		}
		return List.of(new Fitted(text.substring(0, cut), smaller), fit(font, smaller, text.substring(cut), width));
	}

	record Fitted(String text, float size) {
	}

	/** A label's place on the page, in points from the page's top left. */
	private record Cell(float left, float top, float width, float height) {
	}

}
