package cn.saihan.trace.label.render;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Chinese face printed on sheets and certificates, embedded as a subset. The collection is
 * read once and kept: opening the 5 MB file for every PDF costs more than the PDF.
 */
final class CjkFont {

	private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

	private final Path fontFile;

	private final String fontName;

	private volatile byte[] fontBytes;

	/**
	 * @param fontFile a TrueType collection (.ttc) with a Chinese face; when it is missing, PDFs
	 * print in Helvetica, without Chinese
	 * @param fontName the face to embed
	 */
	CjkFont(Path fontFile, String fontName) {
		this.fontFile = fontFile;
		this.fontName = fontName;
	}

	/**
	 * The face for one document. The subset is built when the document is saved: close the
	 * returned object only after {@code save}.
	 */
	Loaded load(PDDocument document) throws IOException {
		byte[] bytes = bytes();
		if (bytes == null) {
			return new Loaded(new PDType1Font(Standard14Fonts.FontName.HELVETICA), false, null);
		}
		TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
		try {
			TrueTypeFont face = collection.getFontByName(fontName);
			if (face == null) {
				throw new IOException("No face " + fontName + " in " + fontFile);
			}
			return new Loaded(PDType0Font.load(document, face, true), true, collection);
		}
		catch (IOException | RuntimeException ex) {
			collection.close();
			throw ex;
		}
	}

	/** A face loaded into a document; {@code chinese} is false for the Helvetica stand-in. */
	record Loaded(PDFont font, boolean chinese, Closeable collection) implements Closeable {

		@Override
		public void close() throws IOException {
			if (collection != null) {
				collection.close();
			}
		}
	}

	/** Whether the Chinese face can be loaded at all. */
	boolean available() {
		try {
			return bytes() != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private byte[] bytes() throws IOException {
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
			log.warn("No Chinese font at {}: PDFs print in Helvetica, with product codes for names", fontFile);
		}
		return bytes;
	}
}
