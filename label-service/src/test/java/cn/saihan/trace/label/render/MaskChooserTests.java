package cn.saihan.trace.label.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.gs1.Gtin;
import cn.saihan.trace.label.QrDecoding;
import cn.saihan.trace.label.SerialMinter;
import cn.saihan.trace.lot.LotCode;
import com.google.zxing.common.BitMatrix;

/**
 * Every code drawn with the mask chosen for it decodes with ZXing's general reader (the whole
 * picture, {@code TRY_HARDER}, as phone apps embed it) and with zbar, to exactly its URI: over
 * thousands of label URIs under a fixed secret, and each run under a fresh random one as well.
 */
class MaskChooserTests {

	static final LabelSpec SERVED = LabelSpec.defaults();

	/** A label URI whose code in the encoder's own mask the general reader cannot decode from 4 px per module up. */
	static final String MISREAD_IN_ITS_OWN_MASK = "http://localhost:8080/01/06901234567892/10/TPZ-20250718-001/21/V0G5G3HGVH6BF";

	final QrRenderer qr = new QrRenderer();

	final MaskChooser chooser = new MaskChooser(qr, SERVED);

	@Test
	void theEncodersOwnMaskIsNotAlwaysReadAndTheChosenOneIs() {
		QrRenderer.Encoded own = qr.encode(MISREAD_IN_ITS_OWN_MASK, null, SERVED);
		assertThat(decodes(MISREAD_IN_ITS_OWN_MASK, own.mask(), 300)).as("the encoder's mask %d", own.mask()).isFalse();

		int chosen = chooser.choose(MISREAD_IN_ITS_OWN_MASK);

		assertThat(chosen).isNotEqualTo(own.mask());
		for (int perModule = QrRenderer.MIN_PIXELS_PER_MODULE; perModule * 45 <= 2000; perModule++) {
			assertThat(decodes(MISREAD_IN_ITS_OWN_MASK, chosen, perModule * 45)).as("%d px a module", perModule).isTrue();
		}
	}

	@Test
	void thousandsOfLabelsUnderAFixedSecretDecodeWithBothReaders(@TempDir Path images) throws Exception {
		everyCodeDecodes("a fixed secret of the tests only".getBytes(StandardCharsets.UTF_8), 2000, images);
	}

	/** A new secret each run reaches codes no earlier run drew; the secret is printed to repeat a failure. */
	@Test
	void labelsUnderAFreshSecretDecodeWithBothReaders(@TempDir Path images) throws Exception {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		System.out.println("MaskChooserTests fresh secret: " + HexFormat.of().formatHex(secret));
		everyCodeDecodes(secret, 500, images);
	}

	/**
	 * Sizes differ in how many rows a reader scans through a finder look-alike: a mask is chosen
	 * once, so it has to hold at every size a PNG is served in.
	 */
	@Test
	void aChosenMaskDecodesAtEverySizeAPngIsServedIn() {
		SerialMinter minter = new SerialMinter("sizes of the tests only..".getBytes(StandardCharsets.UTF_8));
		List<String> uris = new ArrayList<>(List.of(MISREAD_IN_ITS_OWN_MASK));
		Random random = new Random(7);
		for (int i = 0; i < 24; i++) {
			uris.add(uri(minter, random, i));
		}
		for (String uri : uris) {
			int mask = chooser.choose(uri);
			int n = qr.modules(uri, mask, SERVED).getWidth();
			for (int perModule = QrRenderer.MIN_PIXELS_PER_MODULE; perModule * n <= 2000; perModule++) {
				assertThat(decodes(uri, mask, perModule * n)).as("%s at %d px a module", uri, perModule).isTrue();
			}
		}
	}

	@Test
	void theChoiceIsTheSameEveryTime() {
		SerialMinter minter = new SerialMinter("repeatable choices.......".getBytes(StandardCharsets.UTF_8));
		Random random = new Random(11);
		for (int i = 0; i < 50; i++) {
			String uri = uri(minter, random, i);
			assertThat(chooser.choose(uri)).isEqualTo(new MaskChooser(new QrRenderer(), SERVED).choose(uri));
		}
	}

	private void everyCodeDecodes(byte[] secret, int count, Path images) throws IOException, InterruptedException {
		SerialMinter minter = new SerialMinter(secret);
		Random random = new Random(HexFormat.of().formatHex(secret).hashCode());
		List<String> uris = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String uri = uri(minter, random, i);
			byte[] png = qr.png(uri, chooser.choose(uri), SERVED);
			assertThat(QrDecoding.decode(QrDecoding.read(png))).as("general reader, %s", uri).isEqualTo(uri);
			Path file = images.resolve(i + ".png");
			Files.write(file, png);
			uris.add(uri);
			files.add(file);
		}
		Assumptions.assumeTrue(Files.isExecutable(QrDecoding.ZBARIMG), "zbarimg (Debian zbar-tools) is not installed");
		for (int from = 0; from < files.size(); from += 250) {
			int to = Math.min(from + 250, files.size());
			assertThat(QrDecoding.zbar(files.subList(from, to))).as("zbar, codes %d to %d", from, to)
				.containsExactlyInAnyOrderElementsOf(uris.subList(from, to));
		}
	}

	/** A label URI of one of several bases, products and lots, the harvest date attribute now and then. */
	private static String uri(SerialMinter minter, Random random, int no) {
		String[] bases = { "http://localhost:8080", "https://trace.saihan.gov.cn", "https://id.example.cn/saihan" };
		String[] gtins = { "06901234567892", "06901234000016", "09501101530003" };
		Gtin gtin = new Gtin(gtins[random.nextInt(gtins.length)]);
		LotCode lot = new LotCode(String.format("TPZ-2507%02d-%05d", 1 + random.nextInt(28), random.nextInt(100_000)));
		DigitalLink link = DigitalLink.ofLabel(URI.create(bases[random.nextInt(bases.length)]), gtin, lot.value(),
				minter.mint(gtin, lot, no).value());
		return link + (random.nextInt(4) == 0 ? "?7007=250718" : "");
	}

	private boolean decodes(String uri, int mask, int sizePx) {
		BitMatrix modules = qr.modules(uri, mask, SERVED);
		try {
			return uri.equals(QrDecoding.decode(qr.image(modules, sizePx)));
		}
		catch (AssertionError notFound) {
			return false;
		}
	}
}
