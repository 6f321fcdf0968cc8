package cn.saihan.trace.label;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads QR codes back from what the service draws, with ZXing and with the independent zbar reader
 * (Debian's zbar-tools: a test that needs it fails when it is missing). A test that renders without
 * decoding proves nothing.
 */
public final class QrDecoding {

	public static final Path ZBARIMG = Path.of("/usr/bin/zbarimg");

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final Pattern RECT = Pattern.compile(
			"<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"(\\d+)\"( fill=\"#ffffff\")?/>");

	private QrDecoding() {
	}

	public static BufferedImage read(byte[] png) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			if (image == null) {
				throw new IllegalArgumentException("Not an image");
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of the one QR code in the image. */
	public static String decode(BufferedImage image) {
		try {
			return new QRCodeReader().decode(bitmap(image), hints()).getText();
		}
		catch (ReaderException ex) {
			throw new AssertionError("No QR code found", ex);
		}
	}

	/** The texts of every QR code in the image, such as a whole page of a sheet. */
	public static List<String> decodeAll(BufferedImage image) {
		try {
			return Arrays.stream(new QRCodeMultiReader().decodeMultiple(bitmap(image), hints()))
				.map(Result::getText)
				.toList();
		}
		catch (NotFoundException ex) {
			return List.of();
		}
	}

	/**
	 * Paints an SVG of the kind the service writes (a white background and black rectangles in
	 * module units) at {@code pixelsPerModule}, which is all a rasteriser would do with it.
	 */
	public static BufferedImage rasterise(String svg, int pixelsPerModule) {
		Matcher box = VIEW_BOX.matcher(svg);
		if (!box.find()) {
			throw new AssertionError("SVG without a view box");
		}
		int width = Integer.parseInt(box.group(1)) * pixelsPerModule;
		int height = Integer.parseInt(box.group(2)) * pixelsPerModule;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		// Outside the drawn shapes an SVG is transparent; phones show it on white.
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		Matcher rect = RECT.matcher(svg);
		int rects = 0;
		while (rect.find()) {
			g.setColor(rect.group(5) != null ? Color.WHITE : Color.BLACK);
			g.fillRect(Integer.parseInt(rect.group(1)) * pixelsPerModule, Integer.parseInt(rect.group(2)) * pixelsPerModule,
					Integer.parseInt(rect.group(3)) * pixelsPerModule, Integer.parseInt(rect.group(4)) * pixelsPerModule);
			rects++;
		}
		g.dispose();
		if (rects < 2) {
			throw new AssertionError("SVG without rectangles");
		}
		return image;
	}

	/** What zbarimg reads in an image file, one text per code. */
	public static List<String> zbar(Path image) throws IOException, InterruptedException {
		return zbar(List.of(image));
	}

	/** What zbarimg reads in these image files, one text per code, in one run of it. */
	public static List<String> zbar(List<Path> images) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(ZBARIMG.toString(), "--quiet", "--raw", "-Sdisable",
				"-Sqrcode.enable"));
		images.forEach(image -> command.add(image.toString()));
		Process process = new ProcessBuilder(command)
			.redirectErrorStream(false)
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		byte[] out = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("zbarimg did not finish");
		}
		List<String> texts = new ArrayList<>();
		for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
			if (!line.isBlank()) {
				texts.add(line.strip());
			}
		}
		return texts;
	}

	private static BinaryBitmap bitmap(BufferedImage image) {
		return new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
	}

	private static Map<DecodeHintType, Object> hints() {
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		return hints;
	}
}
