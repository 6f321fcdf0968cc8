package cn.saihan.trace.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import com.google.zxing.common.BitMatrix;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.label.render.LabelSpec;
import cn.saihan.trace.label.render.LabelStock;
import cn.saihan.trace.label.render.QrRenderer;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * What a farmer prints: sheets of labels on every stock, read back by independent programs
 * (poppler renders the pages at a label printer's 203 dpi and an office printer's 300, zbar reads
 * them), in parts of at most 1,000 labels; and the lot's compliance certificate.
 */
@TraceIntegrationTest
class LabelPrintIntegrationTests {

	static final LocalDate HARVEST = LocalDate.of(2025, 7, 18);

	@Autowired
	RegistryClient registry;

	@TempDir
	Path files;

	@BeforeAll
	static void popplerAndZbarAreInstalled() {
		// .ci/run installs both (Debian poppler-utils and zbar-tools); without them these tests prove nothing.
		assertThat(Poppler.PDFTOPPM).isExecutable();
		assertThat(QrDecoding.ZBARIMG).isExecutable();
	}

	/**
	 * Every stock, drawn for the default 203 dpi, read at 203 and at 300 dpi, and drawn for 300 dpi,
	 * read at 300: zbar finds each label's code exactly once, on its own page; the text of each
	 * label is there; each code is drawn in the mask stored with its label.
	 */
	@Test
	void everyCodeOnEveryStockDecodesWithZbarAndCarriesItsLabelsFields() throws Exception {
		JsonNode lot = lot("赛音不浪网纹瓜专业合作社", "SYBL-MELON", "SELF_TEST");
		String lotCode = lot.get("lotCode").asString();
		List<String> uris = issue(lotCode, 25).findValuesAsString("uri");
		Map<String, Integer> masks = storedMasks(lotCode);

		for (LabelStock stock : LabelStock.values()) {
			// Roll labels are one to a page: five of them are enough, and show the paging.
			int from = stock.perPage() == 1 ? 20 : 0;
			List<String> printed = uris.subList(from, uris.size());
			for (int drawnFor : new int[] { 203, 300 }) {
				byte[] pdf = sheet(lotCode, "?layout=" + stock.parameter() + "&dpi=" + drawnFor + "&from=" + from);
				codesAreDrawnInTheirStoredMasks(pdf, masks);
				for (int readAt : drawnFor == 203 ? new int[] { 203, 300 } : new int[] { 300 }) {
					List<Path> pages = Poppler.pages(pdf, readAt, files.resolve(stock.parameter() + "-" + drawnFor));
					assertThat(pages).hasSize((printed.size() + stock.perPage() - 1) / stock.perPage());
					for (int page = 0; page < pages.size(); page++) {
						assertThat(QrDecoding.zbar(pages.get(page)))
							.as("%s drawn for %d dpi, read at %d, page %d", stock.parameter(), drawnFor, readAt, page + 1)
							.containsExactlyInAnyOrderElementsOf(printed.subList(page * stock.perPage(),
									Math.min(printed.size(), (page + 1) * stock.perPage())));
					}
				}
				String text = Poppler.text(pdf, files);
				for (String uri : printed) {
					assertThat(text).contains(new Serial(DigitalLink.parse(uri).serial()).grouped());
				}
				if (stock == LabelStock.A4_20) {
					assertThat(text).contains("赛音不浪网纹瓜", "批次 " + lotCode);
				}
				else {
					assertThat(text).contains("赛音不浪网纹瓜", "赛音不浪网纹瓜专业合作社", "采收 2025-07-18", "扫码验真");
				}
			}
		}
	}

	@Test
	void aSheetHoldsAtMostAThousandLabelsAndTheRestPrintInParts() throws Exception {
		String lotCode = lot("太平庄番茄专业合作社", "TPZ-TOMATO", null).get("lotCode").asString();
		List<String> uris = issue(lotCode, 1001).findValuesAsString("uri");

		try (PDDocument first = Loader.loadPDF(sheet(lotCode, ""))) {
			assertThat(first.getNumberOfPages()).isEqualTo(50);
		}
		byte[] rest = sheet(lotCode, "?from=1000");
		try (PDDocument last = Loader.loadPDF(rest)) {
			assertThat(last.getNumberOfPages()).isEqualTo(1);
		}
		assertThat(QrDecoding.zbar(Poppler.pages(rest, 203, files).get(0))).containsExactly(uris.get(1000));
		try (PDDocument part = Loader.loadPDF(sheet(lotCode, "?from=10&count=30&layout=a4-4x10"))) {
			assertThat(part.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void sheetParametersOutOfRangeAreRefusedByName() {
		String lotCode = lot("太平庄番茄专业合作社", "TPZ-TOMATO", null).get("lotCode").asString();
		issue(lotCode, 3);
		refused(lotCode, "?count=1001", "count");
		refused(lotCode, "?count=0", "count");
		refused(lotCode, "?from=-1", "from");
		refused(lotCode, "?from=3", "from");
		refused(lotCode, "?layout=a5", "layout");
		refused(lotCode, "?dpi=600", "dpi");
		registry.asBureau().get().uri("/api/v1/lots/{lot}/labels.pdf?layout=a5&dpi=72&count=5000", lotCode).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat((List<?>) fields)
				.map(String::valueOf).containsExactlyInAnyOrder("layout", "dpi", "count"));
	}

	/**
	 * The certificate in the national form, every field from the lot's own compliance certificate
	 * (the town by name), and its code the lot's Digital Link, which the resolver answers with the
	 * lot's page.
	 */
	@Test
	void theComplianceCertificateCarriesEveryFieldAndTheLotsCode() throws Exception {
		JsonNode lot = lot("榆林镇东干丈生态农场", "TPZ-TOMATO", "SELF_TEST");
		String lotCode = lot.get("lotCode").asString();
		String digitalLink = "http://localhost:8080/01/" + lot.get("gtin").asString() + "/10/" + lotCode;
		JsonNode certificate = lot.get("complianceCertificate");

		byte[] pdf = registry.asBureau().get().uri("/api/v1/lots/{lot}/certificate.pdf", lotCode).exchange()
			.expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class).returnResult().getResponseBody();

		String text = Poppler.text(pdf, files);
		assertThat(text).contains("承诺达标合格证", "产品名称：太平庄番茄", "数量（重量）：1200 公斤",
				"生产者：榆林镇东干丈生态农场", "联系方式：13800000000", "产地：榆林镇 东干丈村",
				"开具日期：" + certificate.get("issuedOn").asString(),
				"√ 不使用禁用农药兽药、停用兽药和非法添加物", "√ 常规农药兽药残留不超标", "√ 对承诺的真实性负责",
				"委托检测", "√ 自我检测", "内部质量控制", "自我承诺", "生产者盖章或签名", "扫码查看")
			.doesNotContain("yulin", "√ 委托检测", "√ 内部质量控制", "√ 自我承诺");
		List<Path> pages = Poppler.pages(pdf, 300, files);
		assertThat(pages).hasSize(1);
		assertThat(QrDecoding.zbar(pages.get(0))).containsExactly(digitalLink);
		registry.anonymous().get().uri(digitalLink.substring("http://localhost:8080".length()))
			.accept(MediaType.APPLICATION_JSON).exchange()
			.expectStatus().isOk().expectBody(String.class).value(body -> assertThat(body).contains(lotCode));
	}

	@Test
	void certificatesPrintFourToAPageAsManyCopiesAsAsked() throws Exception {
		JsonNode lot = lot("太平庄番茄专业合作社", "TPZ-TOMATO", null);
		String lotCode = lot.get("lotCode").asString();

		byte[] pdf = registry.asBureau().get().uri("/api/v1/lots/{lot}/certificate.pdf?copies=6", lotCode).exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();

		List<Path> pages = Poppler.pages(pdf, 300, files);
		assertThat(pages).hasSize(2);
		List<String> read = new ArrayList<>(QrDecoding.zbar(pages.get(0)));
		read.addAll(QrDecoding.zbar(pages.get(1)));
		assertThat(read).hasSize(6).containsOnly("http://localhost:8080/01/" + lot.get("gtin").asString() + "/10/" + lotCode);
		for (String copies : new String[] { "0", "1001" }) {
			registry.asBureau().get().uri("/api/v1/lots/{lot}/certificate.pdf?copies=" + copies, lotCode).exchange()
				.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("copies");
		}
	}

	@Test
	void aLotsCertificateIsForTheBureauAndItsOwnProducerOnly() {
		JsonNode lot = lot("太平庄番茄专业合作社", "TPZ-TOMATO", null);
		String lotCode = lot.get("lotCode").asString();
		long other = registry.producer("别家合作社", "yulin");

		registry.farmerOf(lot.get("producerId").asLong()).get().uri("/api/v1/lots/{lot}/certificate.pdf", lotCode)
			.exchange().expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF);
		registry.farmerOf(other).get().uri("/api/v1/lots/{lot}/certificate.pdf", lotCode).exchange()
			.expectStatus().isForbidden();
		registry.anonymous().get().uri("/api/v1/lots/{lot}/certificate.pdf", lotCode).exchange()
			.expectStatus().isUnauthorized();
		registry.asBureau().get().uri("/api/v1/lots/NO-SUCH-LOT/certificate.pdf").exchange().expectStatus().isNotFound();
	}

	/** The codes in the PDF, one image each at one pixel a module, are the stored masks' drawings. */
	private void codesAreDrawnInTheirStoredMasks(byte[] pdf, Map<String, Integer> masks) throws Exception {
		QrRenderer qr = new QrRenderer();
		Map<String, BitMatrix> expected = new HashMap<>();
		masks.forEach((uri, mask) -> expected.put(uri, qr.modules(uri, mask, LabelSpec.defaults())));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int images = 0;
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					PDXObject object = page.getResources().getXObject(name);
					if (object instanceof PDImageXObject image) {
						BitMatrix drawn = matrix(image);
						assertThat(expected.values()).as("image %s", name).contains(drawn);
						images++;
					}
				}
			}
			assertThat(images).isPositive();
		}
	}

	private static BitMatrix matrix(PDImageXObject image) throws Exception {
		var raster = image.getImage();
		BitMatrix matrix = new BitMatrix(raster.getWidth(), raster.getHeight());
		for (int y = 0; y < raster.getHeight(); y++) {
			for (int x = 0; x < raster.getWidth(); x++) {
				if ((raster.getRGB(x, y) & 0xFF) < 128) {
					matrix.set(x, y);
				}
			}
		}
		return matrix;
	}

	private Map<String, Integer> storedMasks(String lotCode) {
		Map<String, Integer> masks = new HashMap<>();
		registry.jdbc().query("select uri, qr_mask from label where lot_code = ?",
				row -> {
					masks.put(row.getString(1), row.getInt(2));
				}, lotCode);
		return masks;
	}

	private void refused(String lotCode, String query, String field) {
		registry.asBureau().get().uri("/api/v1/lots/{lot}/labels.pdf" + query, lotCode).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
	}

	/**
	 * Every stock prints the name of the brand a lot bears, under the registry's brand rule, and no
	 * brand on a lot of the same product that does not bear it; the codes still decode with it.
	 */
	@Test
	void everyStockPrintsTheBrandOfALotThatBearsItAndOfNoOther() throws Exception {
		long licensed = registry.producer("七圪台紫苏专业合作社", "yulin");
		long outside = registry.producer("金河紫苏户", "jinhe");
		String brand = "QGT-PRINT" + Long.toString(System.nanoTime(), 36).toUpperCase();
		registry.post("/api/v1/brands", Map.of("code", brand, "nameZh", "七圪台紫苏", "kind", "REGIONAL_PUBLIC",
				"ownerName", "赛罕区农牧水利局", "productCodes", List.of("QGT-PERILLA"), "originTowns", List.of("yulin")));
		registry.post("/api/v1/brands/" + brand + "/licences", Map.of("producerId", licensed, "validFrom", "2025-01-01",
				"validTo", "2025-12-31"));
		String branded = registry.lot(licensed, "QGT-PERILLA", HARVEST, "50", "16").get("lotCode").asString();
		String plain = registry.lot(outside, "QGT-PERILLA", HARVEST, "50", "16").get("lotCode").asString();
		List<String> brandedUris = issue(branded, 1).findValuesAsString("uri");
		issue(plain, 1);
		for (LabelStock stock : LabelStock.values()) {
			byte[] pdf = sheet(branded, "?layout=" + stock.parameter());
			assertThat(Poppler.text(pdf, files)).as(stock.parameter()).contains("品牌 七圪台紫苏");
			assertThat(QrDecoding.zbar(Poppler.pages(pdf, 203, files.resolve("brand-" + stock.parameter())).get(0)))
				.as(stock.parameter()).containsExactlyElementsOf(brandedUris);
			assertThat(Poppler.text(sheet(plain, "?layout=" + stock.parameter()), files)).as(stock.parameter())
				.contains("七圪台紫苏").doesNotContain("品牌");
		}
	}

	private byte[] sheet(String lotCode, String query) {
		return registry.asBureau().get().uri("/api/v1/lots/{lot}/labels.pdf" + query, lotCode).exchange()
			.expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class).returnResult().getResponseBody();
	}

	private JsonNode lot(String producerName, String productCode, String basis) {
		long producer = registry.producer(producerName, "yulin");
		Map<String, Object> body = new HashMap<>(Map.of("producerId", producer, "productCode", productCode,
				"harvestDate", HARVEST.toString(), "quantityKg", "1200", "unitPriceYuan", "4.50"));
		if (basis != null) {
			body.put("complianceBasis", basis);
		}
		return registry.post("/api/v1/lots", body);
	}

	private JsonNode issue(String lotCode, int count) {
		return registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", count)).get("labels");
	}
}
