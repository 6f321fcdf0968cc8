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

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * Draws a text, in practice a label's Digital Link URI, as a QR code in PNG or SVG. Images are
 * 1 bit deep and built row by row from the module matrix, which is what makes a PNG cheap; the
 * quiet zone is part of every image.
 */
public final class QrRenderer {

	/** The modules of the code with its quiet zone, one matrix cell per module. */
	public BitMatrix modules(String text, LabelSpec spec) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, spec.errorCorrection());
		hints.put(EncodeHintType.MARGIN, spec.quietZoneModules());
		try {
			// A requested size of 0 gives exactly one cell per module; scaling is ours to do.
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode as a QR code: " + text, ex);
		}
	}

	public byte[] png(String text) {
		return png(text, LabelSpec.defaults());
	}

	/**
	 * As above, but drawn as the spec says.
	 *
	 * @throws IllegalArgumentException if the size is smaller than the code's modules
	 */
	public byte[] png(String text, LabelSpec spec) {
		BufferedImage image = image(modules(text, spec), spec.sizePx());
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
		int scale = sizePx / n;
		if (scale < 1) {
			throw new IllegalArgumentException(
					"A size of " + sizePx + " px is below the " + n + " modules of this code");
		}
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

	public String svg(String text) {
		return svg(text, LabelSpec.defaults());
	}

	/**
	 * As above, but drawn as the spec says. Each horizontal run of dark modules is one rectangle
	 * in module units; the view box scales them to the requested size without blurring.
	 */
	public String svg(String text, LabelSpec spec) {
		BitMatrix modules = modules(text, spec);
		int n = modules.getWidth();
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
}
