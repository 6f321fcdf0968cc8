package cn.saihan.trace.label.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.zxing.common.BitMatrix;

/**
 * Lays labels out on A4 sheets, 4 across and 5 down: each QR code about 34 mm wide including its
 * 4-module quiet zone, with some 12 mm of white between neighbours, so that a phone or a scanner
 * reads each code on its own. Under each code: the product name, the lot code and the
 * short code. Codes are drawn as 1-bit images of one pixel per module, which is about three
 * times faster to write than vector rectangles and no less sharp, since PDF viewers scale such
 * small images without smoothing.
 */
public final class SheetRenderer {

	private static final Logger log = LoggerFactory.getLogger(SheetRenderer.class);

	private static final float MM = 72f / 25.4f;

	private static final int COLUMNS = 4;

	private static final int ROWS = 5;

	public static final int LABELS_PER_PAGE = COLUMNS * ROWS;

	private static final float MARGIN = 12 * MM;

	/**
	 * 0.762 mm, a whole number of dots at 100, 200, 300 and 600 dpi (3, 6, 9 and 18): every module
	 * prints or scans as the same number of dots, which some readers (zbar) need to find several codes
	 * on one page. A code of 45 modules (version 5 with its quiet zone) is then 34 mm wide.
	 */
	private static final float MODULE = 2.16f;

	/** Codes start on this grid, 1/100 inch, so that modules also begin on whole dots at those resolutions. */
	private static final float GRID = 0.72f;

	private final QrRenderer qr;

	private final LabelSpec spec;

	private final Path fontFile;

	private final String fontName;

	/** Read once on first use and kept: opening the 5 MB collection for every sheet costs more than the sheet. */
	private volatile byte[] fontBytes;

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
		this.fontFile = fontFile;
		this.fontName = fontName;
	}

	public byte[] pdf(List<SheetLabel> labels) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			write(labels, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a PDF in memory", ex);
		}
		return out.toByteArray();
	}

	public void write(List<SheetLabel> labels, OutputStream out) throws IOException {
		byte[] font = font();
		// The subset of the font is built in save(): the collection stays open until then.
		try (PDDocument document = new PDDocument();
				TrueTypeCollection collection = font == null ? null
						: new TrueTypeCollection(new ByteArrayInputStream(font))) {
			PDFont face = collection == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
					: PDType0Font.load(document, face(collection), true);
			for (int from = 0; from < labels.size(); from += LABELS_PER_PAGE) {
				page(document, face, collection != null,
						labels.subList(from, Math.min(from + LABELS_PER_PAGE, labels.size())));
			}
			document.save(out);
		}
	}

	private void page(PDDocument document, PDFont font, boolean chinese, List<SheetLabel> labels) throws IOException {
		PDRectangle a4 = PDRectangle.A4;
		PDPage page = new PDPage(a4);
		document.addPage(page);
		float cellWidth = (a4.getWidth() - 2 * MARGIN) / COLUMNS;
		float cellHeight = (a4.getHeight() - 2 * MARGIN) / ROWS;
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			for (int i = 0; i < labels.size(); i++) {
				SheetLabel label = labels.get(i);
				BitMatrix modules = qr.modules(label.uri(), spec);
				// A long base URL makes a bigger code; past the cell it is shrunk, off the dot grid.
				float side = Math.min(modules.getWidth() * MODULE, cellWidth - 8 * MM);
				float centre = MARGIN + (i % COLUMNS) * cellWidth + cellWidth / 2;
				// Placed from the top left, where renderers and printers start counting dots.
				float left = onGrid(centre - side / 2);
				float codeBottom = a4.getHeight() - onGrid(MARGIN + (i / COLUMNS) * cellHeight) - side;
				content.drawImage(image(document, modules), left, codeBottom, side, side);
				String name = chinese ? label.productName() : label.productCode();
				text(content, font, 9, fit(font, 9, name, cellWidth - 2 * MM), centre, codeBottom - 3.5f * MM);
				text(content, font, 7.5f, (chinese ? "批次 " : "Lot ") + label.lotCode(), centre, codeBottom - 7 * MM);
				text(content, font, 9, label.code(), centre, codeBottom - 10.5f * MM);
			}
		}
	}

	private static float onGrid(float points) {
		return Math.round(points / GRID) * GRID;
	}

	/** The code as a 1-bit grey image, one pixel per module: 0 is black in DeviceGray, as in our bit rows. */
	private static PDImageXObject image(PDDocument document, BitMatrix modules) throws IOException {
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

	private static void text(PDPageContentStream content, PDFont font, float size, String text, float centre,
			float baseline) throws IOException {
		float width = font.getStringWidth(text) / 1000 * size;
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(centre - width / 2, baseline);
		content.showText(text);
		content.endText();
	}

	/** Shortens a long product name with an ellipsis rather than let it run into the next label. */
	private static String fit(PDFont font, float size, String text, float width) throws IOException {
		if (font.getStringWidth(text) / 1000 * size <= width) {
			return text;
		}
		String shorter = text;
		while (shorter.length() > 1 && font.getStringWidth(shorter + "…") / 1000 * size > width) {
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return shorter + "…";
	}

	private TrueTypeFont face(TrueTypeCollection collection) throws IOException {
		TrueTypeFont face = collection.getFontByName(fontName);
		if (face == null) {
			throw new IOException("No face " + fontName + " in " + fontFile);
		}
		return face;
	}

	private byte[] font() throws IOException {
		byte[] bytes = fontBytes;
		if (bytes == null && fontFile != null && Files.isReadable(fontFile)) {
			synchronized (this) {
				if (fontBytes == null) {
					fontBytes = Files.readAllBytes(fontFile);
				}
				bytes = fontBytes;
			}
		}
		if (bytes == null) {
			log.warn("No Chinese font at {}: label sheets print product codes in Helvetica", fontFile);
		}
		return bytes;
	}
}
