package cn.saihan.trace.label.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Prints a lot's compliance certificate (承诺达标合格证) in the national form: the title, the
 * commitments ticked, the bases with the lot's own ticked, product, quantity, origin, producer,
 * contact, date of issue, the line for the producer's seal or signature, and the lot's QR code
 * with "扫码查看" beside it, which makes it the electronic certificate as well. Each certificate is
 * A6; they are printed four to an A4 page (one per package, or one for the whole lot), with
 * dashed lines to cut along. The code's modules are whole dots as on label sheets ({@link SheetRenderer#DEFAULT_DPI}).
 */
public final class CertificateRenderer {

	/** Certificates on one A4 page: 2 × 2 of A6. */
	public static final int PER_PAGE = 4;

	private static final float MM = 72f / 25.4f;

	private static final float A6_WIDTH = 105 * MM;

	private static final float A6_HEIGHT = 148.5f * MM;

	private static final float MARGIN = 8 * MM;

	/** One printer dot, in points. */
	private static final float DOT = 72f / SheetRenderer.DEFAULT_DPI;

	private static final float MAX_CODE_SIDE = 26 * MM;

	private static final long IN_MEMORY_BYTES = 4L << 20;

	private final QrRenderer qr;

	private final LabelSpec spec;

	private final CjkFont font;

	/**
	 * @param qr draws the code
	 * @param spec error correction and quiet zone of the code
	 * @param fontFile a TrueType collection with a Chinese face: the form is Chinese, so without
	 * it there is no certificate to print
	 * @param fontName the face to embed, as a subset
	 */
	public CertificateRenderer(QrRenderer qr, LabelSpec spec, Path fontFile, String fontName) {
		this.qr = qr;
		this.spec = spec;
		this.font = new CjkFont(fontFile, fontName);
	}

	/** Whether a Chinese font is installed, without which the national form cannot be printed. */
	public boolean canPrint() {
		return font.available();
	}

	public byte[] pdf(PrintedCertificate certificate, int copies) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			write(certificate, copies, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a PDF in memory", ex);
		}
		return out.toByteArray();
	}

	/**
	 * Writes {@code copies} of the certificate, four to a page.
	 *
	 * @throws IllegalStateException if no Chinese font is installed
	 */
	public void write(PrintedCertificate certificate, int copies, OutputStream out) throws IOException {
		if (copies < 1) {
			throw new IllegalArgumentException("At least one copy: " + copies);
		}
		try (PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(IN_MEMORY_BYTES).streamCache);
				CjkFont.Loaded face = font.load(document)) {
			if (!face.chinese()) {
				throw new IllegalStateException("The compliance certificate is printed in Chinese: install a Chinese font");
			}
			// The same code on every copy: drawn once, placed on every page.
			PDImageXObject code = SheetRenderer.image(document, qr.modules(certificate.uri(), certificate.mask(), spec));
			for (int first = 0; first < copies; first += PER_PAGE) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					int onPage = Math.min(PER_PAGE, copies - first);
					for (int i = 0; i < onPage; i++) {
						float left = (i % 2) * A6_WIDTH;
						float top = (i / 2) * A6_HEIGHT;
						certificate(content, face.font(), code, certificate, left, top, page.getMediaBox().getHeight());
					}
					cutLines(content, page.getMediaBox());
				}
			}
			document.save(out);
		}
	}

	private static void certificate(PDPageContentStream content, PDFont font, PDImageXObject code,
			PrintedCertificate certificate, float cellLeft, float cellTop, float pageHeight) throws IOException {
		float left = cellLeft + MARGIN;
		float width = A6_WIDTH - 2 * MARGIN;
		float centre = cellLeft + A6_WIDTH / 2;
		// y runs down from the certificate's top edge; PDF's runs up from the page's bottom.
		Pen pen = new Pen(content, font, pageHeight - cellTop - MARGIN);

		pen.down(22);
		SheetRenderer.centred(content, font, 21, PrintedTexts.of("certificate.title", true), centre, pen.y);
		pen.down(8);
		content.setLineWidth(0.8f);
		content.moveTo(left, pen.y);
		content.lineTo(left + width, pen.y);
		content.stroke();

		pen.down(15);
		pen.line(9, PrintedTexts.of("certificate.pledge", true), left, width);
		for (String commitment : certificate.commitments()) {
			pen.down(13);
			pen.box(left + 2, true);
			pen.line(8.5f, PrintedTexts.of("certificate.commitment." + commitment, true), left + 15, width - 15);
		}
		pen.down(15);
		pen.line(9, PrintedTexts.of("certificate.basis", true), left, width);
		pen.down(13);
		float x = left + 2;
		float column = width / 2;
		for (int i = 0; i < certificate.bases().size(); i++) {
			String basis = certificate.bases().get(i);
			if (i == 2) {
				pen.down(13);
			}
			x = left + 2 + (i % 2) * column;
			pen.box(x, basis.equals(certificate.basis()));
			pen.line(8.5f, PrintedTexts.of("certificate.basis." + basis, true), x + 13, column - 15);
		}

		pen.down(9);
		content.setLineWidth(0.4f);
		content.moveTo(left, pen.y);
		content.lineTo(left + width, pen.y);
		content.stroke();
		String quantity = certificate.quantityKg().stripTrailingZeros().toPlainString();
		String[] fields = { PrintedTexts.of("certificate.product", true, certificate.productName()),
				PrintedTexts.of("certificate.quantity", true, quantity),
				PrintedTexts.of("certificate.origin", true, certificate.origin()),
				PrintedTexts.of("certificate.producer", true, certificate.producerName()),
				PrintedTexts.of("certificate.contact", true, certificate.contact() == null ? "" : certificate.contact()),
				PrintedTexts.of("certificate.issuedOn", true, certificate.issuedOn().toString()) };
		for (String field : fields) {
			pen.down(14);
			pen.line(9, field, left, width);
		}
		pen.down(20);
		String signature = PrintedTexts.of("certificate.signature", true);
		pen.line(9, signature, left, width);
		float lineStart = left + SheetRenderer.width(font, 9, signature) + 2;
		content.setLineWidth(0.5f);
		content.moveTo(lineStart, pen.y - 2);
		content.lineTo(left + width, pen.y - 2);
		content.stroke();

		// The code at the bottom right, modules and corner on whole printer dots, "扫码查看" on its left.
		int n = code.getWidth();
		int dots = Math.max(2, (int) (MAX_CODE_SIDE / (n * DOT)));
		float side = n * dots * DOT;
		float codeLeft = onDots(cellLeft + A6_WIDTH - MARGIN - side + 4 * dots * DOT);
		float codeTop = onDots(cellTop + A6_HEIGHT - MARGIN - side + 4 * dots * DOT);
		content.drawImage(code, codeLeft, pageHeight - codeTop - side, side, side);
		float middle = pageHeight - codeTop - side / 2;
		String scan = PrintedTexts.of("certificate.scan", true);
		SheetRenderer.show(content, font, 11, scan, codeLeft - SheetRenderer.width(font, 11, scan), middle + 2);
		String lot = PrintedTexts.of("certificate.lot", true, certificate.lotCode());
		SheetRenderer.show(content, font, 6.5f, lot, codeLeft - SheetRenderer.width(font, 6.5f, lot), middle - 10);
	}

	/** Dashed lines between the four certificates of a page. */
	private static void cutLines(PDPageContentStream content, PDRectangle page) throws IOException {
		content.setStrokingColor(0.55f);
		content.setLineWidth(0.3f);
		content.setLineDashPattern(new float[] { 3, 3 }, 0);
		content.moveTo(A6_WIDTH, 0);
		content.lineTo(A6_WIDTH, page.getHeight());
		content.moveTo(0, page.getHeight() - A6_HEIGHT);
		content.lineTo(page.getWidth(), page.getHeight() - A6_HEIGHT);
		content.stroke();
		content.setLineDashPattern(new float[0], 0);
		content.setStrokingColor(0f);
	}

	private static float onDots(float points) {
		return Math.round(points / DOT) * DOT;
	}

	/** Writes line by line down a certificate. */
	private static final class Pen {

		private final PDPageContentStream content;

		private final PDFont font;

		private float y;

		Pen(PDPageContentStream content, PDFont font, float top) {
			this.content = content;
			this.font = font;
			this.y = top;
		}

		void down(float points) {
			y -= points;
		}

		void line(float size, String text, float left, float width) throws IOException {
			SheetRenderer.Fitted fitted = SheetRenderer.fit(font, size, text, width);
			SheetRenderer.show(content, font, fitted.size(), fitted.text(), left, y);
		}

		/** A tick box on the current line; a ticked one carries a "√", which is also what its text says. */
		void box(float left, boolean ticked) throws IOException {
			content.setLineWidth(0.6f);
			content.addRect(left, y - 1.5f, 9, 9);
			content.stroke();
			if (ticked) {
				SheetRenderer.show(content, font, 9, "√", left + 0.5f, y - 0.5f);
			}
		}
	}
}
