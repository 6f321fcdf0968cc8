package cn.saihan.trace.label;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.gs1.Gtin;
import cn.saihan.trace.label.render.LabelSpec;
import cn.saihan.trace.label.render.LabelStock;
import cn.saihan.trace.label.render.MaskChooser;
import cn.saihan.trace.label.render.QrRenderer;
import cn.saihan.trace.label.render.SheetLabel;
import cn.saihan.trace.label.render.SheetRenderer;
import cn.saihan.trace.lot.LotCode;

/**
 * Throughput of label rendering, run with {@code mvn -B -Pbench -pl label-service -am test}.
 * Machines are shared and noisy, so PNG speed is stated as a ratio to bare ZXing (encode, then
 * {@code MatrixToImageWriter}) measured in the same run, alternating rounds, as medians.
 */
class LabelRenderBenchmark {

	static final int SIZE_PX = 300;

	static final int ROUNDS = 7;

	static final long ROUND_NANOS = 1_000_000_000L;

	static final SerialMinter MINTER = new SerialMinter("benchmark secret, not for use".getBytes(StandardCharsets.UTF_8));

	static final Gtin GTIN = new Gtin("06901234567892");

	static final LotCode LOT = new LotCode("TPZ-20250718-001");

	static final String URI_TEXT = uri(0);

	final QrRenderer ours = new QrRenderer();

	final MaskChooser masks = new MaskChooser(ours, LabelSpec.defaults());

	/**
	 * A label's PNG as served: drawn in the mask stored with the label, chosen once when it was
	 * issued (which also spares the encoder its search of the eight masks).
	 */
	@Test
	void pngLabelsPerSecondAgainstBareZxing() throws Exception {
		LabelSpec spec = LabelSpec.defaults().withSize(SIZE_PX);
		int mask = masks.choose(URI_TEXT);
		Task ourPng = () -> ours.png(URI_TEXT, mask, spec).length;
		Task barePng = LabelRenderBenchmark::bare;
		// Warm-up: let the JIT compile both paths before anything is timed.
		opsPerSecond(ourPng, 2 * ROUND_NANOS);
		opsPerSecond(barePng, 2 * ROUND_NANOS);
		double[] ourRounds = new double[ROUNDS];
		double[] bareRounds = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			ourRounds[round] = opsPerSecond(ourPng, ROUND_NANOS);
			bareRounds[round] = opsPerSecond(barePng, ROUND_NANOS);
		}
		double ourMedian = median(ourRounds);
		double bareMedian = median(bareRounds);
		System.out.printf(Locale.ROOT, "label-png medians: ours=%.0f/s bare=%.0f/s (%d rounds, %d-character URI, %d px)%n",
				ourMedian, bareMedian, ROUNDS, URI_TEXT.length(), SIZE_PX);
		System.out.printf(Locale.ROOT, "bench label-png ratio=%.2f%n", ourMedian / bareMedian);
	}

	/**
	 * What issuing costs per label beyond the serial: the code checked with the general reader,
	 * in its own mask and further masks where needed, on one thread.
	 */
	@Test
	void maskChoicesPerSecond() {
		for (int no = 0; no < 500; no++) {
			masks.choose(uri(no)); // warm-up
		}
		double[] rates = new double[3];
		for (int run = 0; run < rates.length; run++) {
			long start = System.nanoTime();
			for (int no = 0; no < 1000; no++) {
				masks.choose(uri(1000 * (run + 1) + no));
			}
			rates[run] = 1000 / ((System.nanoTime() - start) / 1e9);
		}
		System.out.printf(Locale.ROOT, "label-mask: runs %s labels/s%n", Arrays.toString(rates));
		System.out.printf(Locale.ROOT, "bench label-mask labels-per-second=%.0f%n", median(rates));
	}

	@Test
	void aSheetOfAThousandLabels() throws Exception {
		SheetRenderer sheets = new SheetRenderer(ours, LabelSpec.defaults(),
				Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "WenQuanYiMicroHei");
		List<SheetLabel> labels = new ArrayList<>();
		for (int no = 0; no < 1000; no++) {
			Serial serial = MINTER.mint(GTIN, LOT, no);
			labels.add(new SheetLabel(uri(no), masks.choose(uri(no)), "太平庄番茄", "TPZ-TOMATO", "太平庄番茄专业合作社",
					LocalDate.of(2025, 7, 18), LOT.value(), serial.grouped(), null));
		}
		sheets.pdf(labels.subList(0, 100), LabelStock.A4_20, 300); // warm-up, and the font read once
		double[] seconds = new double[3];
		int bytes = 0;
		for (int run = 0; run < seconds.length; run++) {
			long start = System.nanoTime();
			bytes = sheets.pdf(labels, LabelStock.A4_20, 300).length;
			seconds[run] = (System.nanoTime() - start) / 1e9;
		}
		System.out.printf(Locale.ROOT, "label-pdf-1000: 50 pages, %d bytes, runs %s s%n", bytes,
				Arrays.toString(seconds));
		System.out.printf(Locale.ROOT, "bench label-pdf-1000 seconds=%.3f%n", median(seconds));
	}

	private static int bare() throws WriterException, IOException {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.MARGIN, LabelSpec.STANDARD_QUIET_ZONE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MatrixToImageWriter.writeToStream(
				new QRCodeWriter().encode(URI_TEXT, BarcodeFormat.QR_CODE, SIZE_PX, SIZE_PX, hints), "png", out);
		return out.size();
	}

	private static String uri(int no) {
		return DigitalLink.ofLabel(URI.create("http://localhost:8080"), GTIN, LOT.value(),
				MINTER.mint(GTIN, LOT, no).value()).toString();
	}

	private static double opsPerSecond(Task task, long nanos) throws Exception {
		long sink = 0;
		long ops = 0;
		long start = System.nanoTime();
		long elapsed;
		do {
			sink += task.run();
			ops++;
			elapsed = System.nanoTime() - start;
		}
		while (elapsed < nanos);
		if (sink == 42) {
			System.out.print(""); // keeps the results alive for the JIT
		}
		return ops * 1e9 / elapsed;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	@FunctionalInterface
	interface Task {
		int run() throws Exception;
	}
}
