package cn.saihan.trace.label.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * Draws a text, in practice a label's Digital Link URI, as a QR code in PNG or SVG. Images are
 * 1 bit deep and built row by row from the module matrix, which is what makes a PNG cheap; the
 * quiet zone is part of every image. Every drawing names its mask pattern: a label is always drawn
 * with the mask chosen for it when it was issued ({@link MaskChooser}), so every image of it is
 * the one that was checked.
 */
public final class QrRenderer {

	/**
	 * The fewest pixels per module of an image: ZXing's general reader, which many phone apps embed,
	 * finds no finder pattern in a code drawn with one pixel per module.
	 */
	public static final int MIN_PIXELS_PER_MODULE = 2;

	/** The modules of the code with its quiet zone, one matrix cell per module, in the given mask pattern (0–7). */
	public BitMatrix modules(String text, int mask, LabelSpec spec) {
		if (!QRCode.isValidMaskPattern(mask)) {
			throw new IllegalArgumentException("A QR mask pattern is 0 to 7: " + mask);
		}
		return encode(text, mask, spec).modules();
	}

	/**
	 * Encodes the text with the given mask, or with the one the encoder's penalty rules prefer when
	 * {@code mask} is {@code null}.
	 */
	Encoded encode(String text, Integer mask, LabelSpec spec) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		if (mask != null) {
			hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
		}
		QRCode code;
		try {
			code = Encoder.encode(text, spec.errorCorrection(), hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode as a QR code: " + text, ex);
		}
		ByteMatrix matrix = code.getMatrix();
		int quiet = spec.quietZoneModules();
		int side = matrix.getWidth() + 2 * quiet;
		BitMatrix modules = new BitMatrix(side, side);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y) == 1) {
					modules.set(quiet + x, quiet + y);
				}
			}
		}
		return new Encoded(modules, code.getMaskPattern());
	}

	/**
	 * The code as a PNG drawn as the spec says.
	 *
	 * @throws IllegalArgumentException if the size gives fewer than {@value #MIN_PIXELS_PER_MODULE}
	 * pixels per module
	 */
	public byte[] png(String text, int mask, LabelSpec spec) {
		BufferedImage image = image(modules(text, mask, spec), spec.sizePx());
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
		// In memory: ImageIO.write would buffer through a temporary file by default.
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a PNG in memory", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** A 1-bit image of the code, {@code sizePx} square, with whole pixels per module, centred. */
	public BufferedImage image(BitMatrix modules, int sizePx) {
		int n = modules.getWidth();
		int scale = pixelsPerModule(n, sizePx);
		int offset = (sizePx - n * scale) / 2;
		BufferedImage image = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_BYTE_BINARY);
		byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		int stride = (sizePx + 7) / 8;
		// In the default binary palette a 1 bit is white: start white, clear the dark modules.
		Arrays.fill(pixels, (byte) 0xFF);
		byte[] row = new byte[stride];
		for (int y = 0; y < n; y++) {
			Arrays.fill(row, (byte) 0xFF);
			for (int x = 0; x < n; x++) {
				if (modules.get(x, y)) {
					for (int px = offset + x * scale, end = px + scale; px < end; px++) {
						row[px >> 3] &= (byte) ~(0x80 >>> (px & 7));
					}
				}
			}
			for (int r = 0, top = offset + y * scale; r < scale; r++) {
				System.arraycopy(row, 0, pixels, (top + r) * stride, stride);
			}
		}
		return image;
	}

	/**
	 * The code as an SVG drawn as the spec says. Each horizontal run of dark modules is one rectangle
	 * in module units; the view box scales them to the requested size without blurring.
	 *
	 * @throws IllegalArgumentException if the size gives fewer than {@value #MIN_PIXELS_PER_MODULE}
	 * pixels per module, as for a PNG
	 */
	public String svg(String text, int mask, LabelSpec spec) {
		BitMatrix modules = modules(text, mask, spec);
		int n = modules.getWidth();
		pixelsPerModule(n, spec.sizePx());
		StringBuilder svg = new StringBuilder(8192);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(spec.sizePx())
			.append("\" height=\"").append(spec.sizePx()).append("\" viewBox=\"0 0 ").append(n).append(' ').append(n)
			.append("\" shape-rendering=\"crispEdges\">\n")
			.append("<rect x=\"0\" y=\"0\" width=\"").append(n).append("\" height=\"").append(n)
			.append("\" fill=\"#ffffff\"/>\n<g fill=\"#000000\">\n");
		for (int y = 0; y < n; y++) {
			int x = 0;
			while (x < n) {
				if (!modules.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < n && modules.get(x, y)) {
					x++;
				}
				svg.append("<rect x=\"").append(start).append("\" y=\"").append(y).append("\" width=\"")
					.append(x - start).append("\" height=\"1\"/>\n");
			}
		}
		return svg.append("</g>\n</svg>\n").toString();
	}

	/** A code as encoded: its modules with the quiet zone, and the mask pattern they carry. */
	record Encoded(BitMatrix modules, int mask) {
	}

	/** Whole pixels per module of a code of {@code modules} drawn {@code sizePx} wide. */
	private static int pixelsPerModule(int modules, int sizePx) {
		int scale = sizePx / modules;
		if (scale < MIN_PIXELS_PER_MODULE) {
			throw new IllegalArgumentException("A size of " + sizePx + " px gives less than " + MIN_PIXELS_PER_MODULE
					+ " px to each of the " + modules + " modules of this code; the least is "
					+ modules * MIN_PIXELS_PER_MODULE);
		}
		return scale;
	}
}
