package cn.saihan.trace.label.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import cn.saihan.trace.label.QrDecoding;

class QrRendererTests {

	static final String URI = "http://localhost:8080/01/06901234567892/10/TPZ-250718-A1/21/7K3FQ9XM2B4TD";

	final QrRenderer renderer = new QrRenderer();

	final int mask = new MaskChooser(renderer, LabelSpec.defaults()).choose(URI);

	@ParameterizedTest
	@ValueSource(ints = { 100, 246, 300, 301, 1000 })
	void pngDecodesToExactlyTheUri(int size) {
		byte[] png = renderer.png(URI, mask, LabelSpec.defaults().withSize(size));

		BufferedImage image = QrDecoding.read(png);
		assertThat(image.getWidth()).isEqualTo(size);
		assertThat(image.getHeight()).isEqualTo(size);
		assertThat(QrDecoding.decode(image)).isEqualTo(URI);
	}

	@Test
	void pngIsOneBitDeep() {
		byte[] png = renderer.png(URI, mask, LabelSpec.defaults());
		// IHDR: 8 signature bytes, length, type, width, height, then the bit depth.
		assertThat(png[24]).isEqualTo((byte) 1);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 8 })
	void svgDecodesToExactlyTheUri(int pixelsPerModule) {
		String svg = renderer.svg(URI, mask, LabelSpec.defaults());

		assertThat(svg).contains("width=\"300\"", "shape-rendering=\"crispEdges\"");
		assertThat(QrDecoding.decode(QrDecoding.rasterise(svg, pixelsPerModule + 1))).isEqualTo(URI);
	}

	@Test
	void everyCodeKeepsAQuietZoneOfFourModules() {
		BitMatrix modules = renderer.modules(URI, mask, LabelSpec.defaults());
		int n = modules.getWidth();
		for (int i = 0; i < n; i++) {
			for (int q = 0; q < 4; q++) {
				assertThat(modules.get(i, q) || modules.get(i, n - 1 - q) || modules.get(q, i) || modules.get(n - 1 - q, i))
					.as("module in the quiet zone at %d/%d", i, q).isFalse();
			}
		}
		// Something starts right after the quiet zone: the finder pattern's corner.
		assertThat(modules.get(4, 4)).isTrue();
	}

	@Test
	void pngQuietZoneIsWhiteToo() {
		int size = 300;
		BufferedImage image = QrDecoding.read(renderer.png(URI, mask, LabelSpec.defaults().withSize(size)));
		int n = renderer.modules(URI, mask, LabelSpec.defaults()).getWidth();
		int scale = size / n;
		int offset = (size - n * scale) / 2;
		for (int y = 0; y < offset + 4 * scale; y++) {
			for (int x = 0; x < size; x++) {
				assertThat(image.getRGB(x, y) & 0xFFFFFF).isEqualTo(0xFFFFFF);
			}
		}
	}

	@Test
	void errorCorrectionMIsTheDefaultAndLIsRefused() {
		assertThat(LabelSpec.defaults().errorCorrection()).isEqualTo(ErrorCorrectionLevel.M);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LabelSpec(300, ErrorCorrectionLevel.L, LabelSpec.STANDARD_QUIET_ZONE));
		assertThatIllegalArgumentException().isThrownBy(() -> new LabelSpec(300, ErrorCorrectionLevel.M, 2));
	}

	/** ZXing's general reader finds no finder pattern at one pixel a module: such sizes are not drawn. */
	@Test
	void aSizeBelowTwoPixelsPerModuleIsRefused() {
		int n = renderer.modules(URI, mask, LabelSpec.defaults()).getWidth();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> renderer.png(URI, mask, LabelSpec.defaults().withSize(2 * n - 1)))
			.withMessageContaining("modules");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> renderer.svg(URI, mask, LabelSpec.defaults().withSize(2 * n - 1)))
			.withMessageContaining("modules");
		assertThat(QrDecoding.decode(QrDecoding.read(renderer.png(URI, mask, LabelSpec.defaults().withSize(2 * n)))))
			.isEqualTo(URI);
	}

	@Test
	void everyMaskIsDrawnAsAsked() {
		for (int m = 0; m < 8; m++) {
			BitMatrix modules = renderer.modules(URI, m, LabelSpec.defaults());
			assertThat(renderer.encode(URI, m, LabelSpec.defaults()).mask()).isEqualTo(m);
			assertThat(modules).isNotEqualTo(renderer.modules(URI, (m + 1) % 8, LabelSpec.defaults()));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> renderer.modules(URI, 8, LabelSpec.defaults()));
	}

	@Test
	void higherErrorCorrectionStillDecodes() {
		LabelSpec h = new LabelSpec(400, ErrorCorrectionLevel.H, 4);
		assertThat(QrDecoding.decode(QrDecoding.read(renderer.png(URI, mask, h)))).isEqualTo(URI);
	}
}
