package cn.saihan.trace.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.label.render.LabelSpec;
import cn.saihan.trace.label.render.QrRenderer;
import cn.saihan.trace.testing.DebianPackages;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

@TraceIntegrationTest
class LabelIntegrationTests {

	static final LocalDate HARVEST = LocalDate.of(2025, 7, 18);

	@Autowired
	RegistryClient registry;

	@Test
	void issuesLabelsWhoseUrisAreSerialisedDigitalLinksOfTheLotsGtin() {
		JsonNode lot = tomatoLot();
		String lotCode = lot.get("lotCode").asString();
		String gtin = lot.get("gtin").asString();

		var response = registry.asBureau().post().uri("/api/v1/lots/{lot}/labels", lotCode)
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("count", 3)).exchange()
			.expectStatus().isCreated()
			.expectHeader().location("/api/v1/lots/" + lotCode + "/labels")
			.expectBody(JsonNode.class).returnResult().getResponseBody();

		JsonNode labels = response.get("labels");
		assertThat(labels).hasSize(3);
		for (JsonNode label : labels) {
			String serial = label.get("serial").asString();
			assertThat(serial).matches("[0-9A-HJKMNP-TV-Z]{13}");
			assertThat(label.get("uri").asString())
				.isEqualTo("http://localhost:8080/01/" + gtin + "/10/" + lotCode + "/21/" + serial);
			DigitalLink link = DigitalLink.parse(label.get("uri").asString());
			assertThat(link.serial()).isEqualTo(serial);
		}
		assertThat(labels.findValuesAsString("serial")).doesNotHaveDuplicates();
	}

	@Test
	void furtherLabelsOfTheSameLotGetNewSerials() {
		String lotCode = tomatoLot().get("lotCode").asString();
		List<String> serials = new ArrayList<>(issue(lotCode, 5).findValuesAsString("serial"));
		serials.addAll(issue(lotCode, 5).findValuesAsString("serial"));

		assertThat(serials).hasSize(10).doesNotHaveDuplicates();
		JsonNode listed = registry.asBureau().get().uri("/api/v1/lots/{lot}/labels", lotCode).exchange()
			.expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(listed.get("content").findValuesAsString("serial")).containsExactlyElementsOf(serials);
		assertThat(listed.at("/page/totalElements").asLong()).isEqualTo(10);
	}

	@Test
	void issuesTheMostLabelsAllowedInOneRequest() {
		String lotCode = tomatoLot().get("lotCode").asString();
		long before = registry.count("label");

		JsonNode labels = issue(lotCode, 10_000);

		assertThat(labels).hasSize(10_000);
		assertThat(new HashSet<>(labels.findValuesAsString("serial"))).hasSize(10_000);
		assertThat(registry.count("label")).isEqualTo(before + 10_000);
	}

	@Test
	void refusesACountOutOfRangeAndStoresNothing() {
		String lotCode = tomatoLot().get("lotCode").asString();
		long before = registry.count("label");
		for (Object count : new Object[] { 0, -1, 10_001 }) {
			registry.asBureau().post().uri("/api/v1/lots/{lot}/labels", lotCode).contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("count", count)).exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("count");
		}
		registry.asBureau().post().uri("/api/v1/lots/{lot}/labels", lotCode).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of()).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("count");
		assertThat(registry.count("label")).isEqualTo(before);
	}

	@Test
	void labelsOfAnUnknownLotAre404AndIssuingNeedsTheBureau() {
		long before = registry.count("label");
		registry.asBureau().post().uri("/api/v1/lots/NO-SUCH-LOT/labels").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("count", 1)).exchange().expectStatus().isNotFound();
		String lotCode = tomatoLot().get("lotCode").asString();
		registry.anonymous().post().uri("/api/v1/lots/{lot}/labels", lotCode).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("count", 1)).exchange().expectStatus().isUnauthorized();
		assertThat(registry.count("label")).isEqualTo(before);
	}

	/**
	 * Every size the API offers draws whole pixels per module from 2 up to the largest size: each
	 * distinct drawing decodes with ZXing's general reader, and is the one of the mask stored with
	 * the label when it was issued. The lot code is fixed, like the test applications' label secret:
	 * the codes decoded here are the same in every run.
	 */
	@Test
	void everyLabelsPngAndSvgDecodeToExactlyItsUriAtEverySizeOffered() {
		String lotCode = tomatoLot("TPZ-QR-IMAGES").get("lotCode").asString();
		JsonNode labels = issue(lotCode, 2);
		QrRenderer qr = new QrRenderer();
		for (JsonNode label : labels) {
			String serial = label.get("serial").asString();
			String uri = label.get("uri").asString();
			int mask = registry.jdbc().queryForObject("select qr_mask from label where serial = ?", Integer.class, serial);
			int n = qr.modules(uri, mask, LabelSpec.defaults()).getWidth();
			List<String> sizes = new ArrayList<>(List.of("", "?size=2000", "?size=" + (2 * n + 1)));
			for (int perModule = 2; perModule * n <= 2000; perModule++) {
				sizes.add("?size=" + perModule * n);
			}
			for (String size : sizes) {
				byte[] png = registry.anonymous().get().uri("/api/v1/labels/" + serial + ".png" + size).exchange()
					.expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_PNG)
					.expectBody(byte[].class).returnResult().getResponseBody();
				BufferedImage image = QrDecoding.read(png);
				assertThat(QrDecoding.decode(image)).as(serial + size).isEqualTo(uri);
				assertThat(samePixels(image, qr.image(qr.modules(uri, mask, LabelSpec.defaults()), image.getWidth())))
					.as("drawn in the stored mask " + mask).isTrue();
			}
			String svg = registry.anonymous().get().uri("/api/v1/labels/{serial}.svg", serial).exchange()
				.expectStatus().isOk().expectHeader().contentTypeCompatibleWith("image/svg+xml")
				.expectBody(String.class).returnResult().getResponseBody();
			assertThat(svg).isEqualTo(qr.svg(uri, mask, LabelSpec.defaults()));
			for (int perModule = 2; perModule * n <= 2000; perModule += 3) {
				assertThat(QrDecoding.decode(QrDecoding.rasterise(svg, perModule))).isEqualTo(uri);
			}
		}
	}

	/** {@code {"count": 1.5}} once gave one label: a fraction is refused, not cut off. */
	@Test
	void aFractionOfALabelIsRefusedNotCutOff() {
		String lotCode = tomatoLot().get("lotCode").asString();
		long before = registry.count("label");
		for (Object count : new Object[] { 1.5, 2.25, "1.5" }) {
			registry.asBureau().post().uri("/api/v1/lots/{lot}/labels", lotCode).contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("count", count)).exchange()
				.expectStatus().isBadRequest()
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("count");
		}
		assertThat(registry.count("label")).isEqualTo(before);
		assertThat(issue(lotCode, 2)).hasSize(2);
	}

	private static boolean samePixels(BufferedImage served, BufferedImage drawn) {
		if (served.getWidth() != drawn.getWidth() || served.getHeight() != drawn.getHeight()) {
			return false;
		}
		for (int y = 0; y < served.getHeight(); y++) {
			for (int x = 0; x < served.getWidth(); x++) {
				if ((served.getRGB(x, y) & 0xFFFFFF) != (drawn.getRGB(x, y) & 0xFFFFFF)) {
					return false;
				}
			}
		}
		return true;
	}

	@Test
	void zbarReadsEveryLabelsPngAsItsUri() throws Exception {
		DebianPackages.requireExecutable(QrDecoding.ZBARIMG, "zbar-tools");
		for (JsonNode label : issue(tomatoLot("TPZ-QR-ZBAR").get("lotCode").asString(), 3)) {
			byte[] png = registry.anonymous().get().uri("/api/v1/labels/{serial}.png", label.get("serial").asString())
				.exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
			Path file = Files.createTempFile(Path.of("target"), "label-", ".png");
			try {
				Files.write(file, png);
				assertThat(QrDecoding.zbar(file)).containsExactly(label.get("uri").asString());
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
	}

	@Test
	void imagesOfUnknownSerialsAre404AndOddSizes400() {
		String serial = issue(tomatoLot().get("lotCode").asString(), 1).get(0).get("serial").asString();
		registry.anonymous().get().uri("/api/v1/labels/7K3FQ9XM2B4TD.png").exchange().expectStatus().isNotFound();
		registry.anonymous().get().uri("/api/v1/labels/not-a-serial.svg").exchange().expectStatus().isNotFound();
		registry.anonymous().get().uri("/api/v1/labels/{s}.png?size=5000", serial).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
		// Below 2 pixels a module ZXing's general reader finds no code: not offered.
		registry.anonymous().get().uri("/api/v1/labels/{s}.png?size=60", serial).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
		registry.anonymous().get().uri("/api/v1/labels/{s}.svg?size=60", serial).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
	}

	/**
	 * Reads each whole page as a scanner would, at 203 dpi, and finds every code on it, each
	 * exactly once: only codes with their own quiet zone are found side by side.
	 */
	@Test
	void everyCodeOnEveryPageOfASheetDecodesToItsLabelsUri() throws Exception {
		String lotCode = tomatoLot("TPZ-QR-SHEET").get("lotCode").asString();
		JsonNode labels = issue(lotCode, 23);
		List<String> uris = labels.findValuesAsString("uri");

		byte[] pdf = registry.asBureau().get().uri("/api/v1/lots/{lot}/labels.pdf", lotCode).exchange()
			.expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class).returnResult().getResponseBody();

		List<BufferedImage> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				pages.add(renderer.renderImageWithDPI(page, 203, ImageType.GRAY));
			}
		}
		List<String> found = new ArrayList<>();
		for (int page = 0; page < pages.size(); page++) {
			List<String> onPage = QrDecoding.decodeAll(pages.get(page));
			assertThat(onPage).as("page %d", page + 1).containsExactlyInAnyOrderElementsOf(onPage(uris, page));
			found.addAll(onPage);
		}
		assertThat(found).containsExactlyInAnyOrderElementsOf(uris);

		// A second, independent reader: zbar, as installed from Debian's zbar-tools.
		DebianPackages.requireExecutable(QrDecoding.ZBARIMG, "zbar-tools");
		for (int page = 0; page < pages.size(); page++) {
			Path file = Files.createTempFile(Path.of("target"), "sheet-", ".png");
			try {
				ImageIO.write(pages.get(page), "png", file.toFile());
				assertThat(QrDecoding.zbar(file)).as("zbar, page %d", page + 1)
					.containsExactlyInAnyOrderElementsOf(onPage(uris, page));
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
	}

	private static List<String> onPage(List<String> uris, int page) {
		return uris.subList(page * 20, Math.min(uris.size(), page * 20 + 20));
	}

	@Test
	void sheetPrintsTheChineseProductNameLotAndShortCodeInAnEmbeddedSubsetFont() throws Exception {
		DebianPackages.requireFile(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "fonts-wqy-microhei");
		String lotCode = tomatoLot().get("lotCode").asString();
		JsonNode labels = issue(lotCode, 2);
		byte[] pdf = registry.asBureau().get().uri("/api/v1/lots/{lot}/labels.pdf", lotCode).exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("太平庄番茄", lotCode,
					new Serial(labels.get(0).get("serial").asString()).grouped(),
					new Serial(labels.get(1).get("serial").asString()).grouped());
			PDPage page = document.getPage(0);
			List<PDFont> fonts = new ArrayList<>();
			for (COSName name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
			assertThat(fonts).singleElement().satisfies(font -> {
				assertThat(font.isEmbedded()).isTrue();
				// A subset's name carries a six-letter tag: ABCDEF+WenQuanYiMicroHei.
				assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
			});
		}
		assertThat(pdf.length).as("a subset, not the 5 MB font").isLessThan(200_000);
	}

	@Test
	void sheetsAreForTheBureauAndNeedLabels() {
		String lotCode = tomatoLot().get("lotCode").asString();
		registry.asBureau().get().uri("/api/v1/lots/{lot}/labels.pdf", lotCode).exchange().expectStatus().isNotFound();
		issue(lotCode, 1);
		registry.anonymous().get().uri("/api/v1/lots/{lot}/labels.pdf", lotCode).exchange()
			.expectStatus().isUnauthorized();
		registry.anonymous().get().uri("/api/v1/lots/{lot}/labels", lotCode).exchange().expectStatus().isUnauthorized();
		registry.asBureau().get().uri("/api/v1/lots/NO-SUCH-LOT/labels.pdf").exchange().expectStatus().isNotFound();
	}

	private JsonNode tomatoLot() {
		long producer = registry.producer("太平庄番茄专业合作社", "yulin");
		return registry.lot(producer, "TPZ-TOMATO", HARVEST, "1200", "4.50");
	}

	/** A lot with a code of the test's own, where the codes it decodes must not depend on a random lot code. */
	private JsonNode tomatoLot(String lotCode) {
		long producer = registry.producer("太平庄番茄专业合作社", "yulin");
		return registry.post("/api/v1/lots", Map.of("producerId", producer, "productCode", "TPZ-TOMATO",
				"harvestDate", HARVEST.toString(), "quantityKg", "1200", "unitPriceYuan", "4.50", "lotCode", lotCode));
	}

	private JsonNode issue(String lotCode, int count) {
		return registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", count)).get("labels");
	}

}
