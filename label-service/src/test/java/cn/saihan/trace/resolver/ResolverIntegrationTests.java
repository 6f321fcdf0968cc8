package cn.saihan.trace.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.StoredEvents;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TraceIntegrationTest
class ResolverIntegrationTests {

	static final LocalDate HARVEST = LocalDate.of(2025, 7, 18);

	static final MediaType CONSUMER_JSON = MediaType.parseMediaType("application/vnd.saihan.consumer+json");

	@Autowired
	RegistryClient registry;

	@LocalServerPort
	int port;

	/** Scans without cookies: every request is another phone. */
	private final HttpClient phones = HttpClient.newHttpClient();

	@Test
	void aGenuineLabelShowsTheLotAndCountsTheScan() {
		long producer = registry.producer("太平庄番茄专业合作社", "yulin");
		// Valid on the harvest date, lapsed since: the page must show both.
		registry.certification(producer, "GREEN", RegistryClient.freshGreenNumber(), List.of("TPZ-TOMATO"),
				LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
		JsonNode lot = registry.lot(producer, "TPZ-TOMATO", HARVEST, "1200", "4.50");
		String lotCode = lot.get("lotCode").asString();
		registry.post("/api/v1/lots/" + lotCode + "/events", Map.of("type", "INSPECTED", "occurredAt",
				"2025-07-19T10:00:00+08:00", "location", "呼和浩特市农产品质量检测中心", "details",
				Map.of("lab", "呼和浩特市农产品质量检测中心", "result", "PASS", "items", List.of("农药残留"))));
		String uri = issue(lotCode, 1).get(0).get("uri").asString();

		JsonNode first = scan(uri, HttpStatus.OK);
		// Data attributes in the query string (here the harvest date, AI 7007) do not change what the code names.
		JsonNode second = get(DigitalLink.parse(uri).path() + "?7007=250718", HttpStatus.OK);

		assertThat(first.get("authentic").asBoolean()).isTrue();
		assertThat(first.get("verdict").asString()).isEqualTo("GENUINE");
		assertThat(first.get("uri").asString()).isEqualTo(uri);
		assertThat(first.at("/scan/count").asLong()).isEqualTo(1);
		assertThat(second.at("/scan/count").asLong()).isEqualTo(2);
		assertThat(second.at("/scan/firstScannedAt").asString()).isEqualTo(first.at("/scan/firstScannedAt").asString())
			.endsWith("+08:00");
		assertThat(first.at("/product/nameZh").asString()).isEqualTo("太平庄番茄");
		assertThat(first.at("/product/gtin").asString()).isEqualTo(lot.get("gtin").asString());
		assertThat(first.at("/producer/name").asString()).isEqualTo("太平庄番茄专业合作社");
		assertThat(first.at("/producer/townNameZh").asString()).isEqualTo("榆林镇");
		assertThat(first.at("/producer/village").asString()).isEqualTo("东干丈村");
		assertThat(first.at("/lot/lotCode").asString()).isEqualTo(lotCode);
		assertThat(first.at("/lot/harvestDate").asString()).isEqualTo("2025-07-18");
		assertThat(first.at("/lot/quantityKg").decimalValue()).isEqualByComparingTo("1200");
		assertThat(first.at("/lot/certifiedTypes/0").asString()).isEqualTo("GREEN");
		JsonNode certification = first.at("/certifications/0");
		assertThat(certification.get("type").asString()).isEqualTo("GREEN");
		assertThat(certification.get("statusOnHarvestDate").asString()).isEqualTo("VALID");
		assertThat(certification.get("statusToday").asString())
			.isEqualTo(LocalDate.now().isAfter(LocalDate.of(2025, 12, 31)) ? "EXPIRED" : "VALID");
		assertThat(first.at("/complianceCertificate/productName").asString()).isEqualTo("太平庄番茄");
		assertThat(first.at("/complianceCertificate/basis").isMissingNode()).isFalse();
		assertThat(first.get("events").findValuesAsString("type")).containsExactly("HARVESTED", "INSPECTED");
		assertThat(first.at("/events/1/details/result").asString()).isEqualTo("PASS");
		// Recorded by the bureau's login, read as the bureau's name: no login reaches a consumer.
		assertThat(first.get("events").findValuesAsString("recordedBy")).containsOnly("区农牧水利局");
	}

	@Test
	void aLabelScannedManyTimesBeforeIsGenuineButSuspect() {
		String uri = issue(tomatoLot(), 1).get(0).get("uri").asString();
		// The default threshold: five earlier scans make the sixth suspect.
		for (int i = 1; i <= 5; i++) {
			assertThat(scan(uri, HttpStatus.OK).get("verdict").asString()).as("scan %d", i).isEqualTo("GENUINE");
		}
		JsonNode sixth = scan(uri, HttpStatus.OK);

		assertThat(sixth.get("authentic").asBoolean()).isTrue();
		assertThat(sixth.get("verdict").asString()).isEqualTo("SCANNED_BEFORE");
		assertThat(sixth.at("/scan/count").asLong()).isEqualTo(6);
	}

	@Test
	void aForgedSerialIsNotGenuine() {
		String lotCode = tomatoLot();
		DigitalLink real = DigitalLink.parse(issue(lotCode, 1).get(0).get("uri").asString());

		// Well-formed but never issued, and malformed.
		for (String serial : new String[] { "7K3FQ9XM2B4TD", "0000000000000", "ABC", "7k3fq9xm2b4td" }) {
			JsonNode answer = get("/01/" + real.gtin() + "/10/" + lotCode + "/21/" + serial, HttpStatus.NOT_FOUND);
			assertThat(answer.get("authentic").asBoolean()).as(serial).isFalse();
			assertThat(answer.get("verdict").asString()).isEqualTo("NOT_GENUINE");
			assertThat(answer.get("product").isNull()).isTrue();
		}
	}

	@Test
	void aSerialOfAnotherLotIsNotGenuineAndNotCounted() {
		String lotA = tomatoLot();
		String lotB = tomatoLot();
		DigitalLink labelOfA = DigitalLink.parse(issue(lotA, 1).get(0).get("uri").asString());
		issue(lotB, 1);

		JsonNode answer = get("/01/" + labelOfA.gtin() + "/10/" + lotB + "/21/" + labelOfA.serial(),
				HttpStatus.NOT_FOUND);

		assertThat(answer.get("authentic").asBoolean()).isFalse();
		assertThat(answer.get("verdict").asString()).isEqualTo("NOT_GENUINE");
		assertThat(scanCounts(lotA)).containsExactly(0L);
	}

	@Test
	void aLotUnderAnotherGtinIsNotGenuine() {
		String lotCode = tomatoLot();
		DigitalLink label = DigitalLink.parse(issue(lotCode, 1).get(0).get("uri").asString());
		String pitayaGtin = registry.get("/api/v1/products").findValues("gtin").get(1).asString();

		assertThat(pitayaGtin).isNotEqualTo(label.gtin().value());
		JsonNode answer = get("/01/" + pitayaGtin + "/10/" + lotCode + "/21/" + label.serial(), HttpStatus.NOT_FOUND);
		assertThat(answer.get("verdict").asString()).isEqualTo("NOT_GENUINE");
		get("/01/" + pitayaGtin + "/10/" + lotCode, HttpStatus.NOT_FOUND);
		assertThat(scanCounts(lotCode)).containsExactly(0L);
	}

	@Test
	void aGtinThatIsNoGtinIsASyntaxErrorNotAScan() {
		String lotCode = tomatoLot();
		DigitalLink label = DigitalLink.parse(issue(lotCode, 1).get(0).get("uri").asString());
		String wrongCheckDigit = label.gtin().value().substring(0, 13)
				+ (char) ('0' + (label.gtin().value().charAt(13) - '0' + 1) % 10);

		for (String gtin : new String[] { wrongCheckDigit, "123" }) {
			registry.anonymous().get().uri("/01/" + gtin + "/10/" + lotCode + "/21/" + label.serial())
				.accept(CONSUMER_JSON).exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("01");
		}
		assertThat(scanCounts(lotCode)).containsExactly(0L);
	}

	@Test
	void aLotLevelCodeResolvesWithoutCountingAScan() {
		String lotCode = tomatoLot();
		DigitalLink label = DigitalLink.parse(issue(lotCode, 1).get(0).get("uri").asString());

		JsonNode answer = get("/01/" + label.gtin() + "/10/" + lotCode, HttpStatus.OK);

		assertThat(answer.get("authentic").asBoolean()).isTrue();
		assertThat(answer.get("verdict").asString()).isEqualTo("LOT_REGISTERED");
		assertThat(answer.get("scan").isNull()).isTrue();
		assertThat(answer.at("/lot/lotCode").asString()).isEqualTo(lotCode);
		assertThat(scanCounts(lotCode)).containsExactly(0L);
		get("/01/" + label.gtin() + "/10/NO-SUCH-LOT", HttpStatus.NOT_FOUND);
	}

	@Test
	void browsersGetAChinesePageInUtf8() {
		String uri = issue(tomatoLot(), 1).get(0).get("uri").asString();
		String path = DigitalLink.parse(uri).path();

		String page = registry.anonymous().get().uri(path)
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").exchange()
			.expectStatus().isOk()
			.expectHeader().contentType("text/html;charset=UTF-8")
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(page).contains("<html lang=\"zh-CN\">", "<meta charset=\"UTF-8\">", "太平庄番茄", "正品", "榆林镇",
				"data-verdict=\"GENUINE\"", "采收");

		String forged = registry.anonymous().get().uri(path.substring(0, path.length() - 13) + "7K3FQ9XM2B4TD")
			.accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isNotFound()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(forged).contains("data-verdict=\"NOT_GENUINE\"", "无法验证").doesNotContain("太平庄番茄");
		// A client that accepts anything, as curl does, gets the page too.
		registry.anonymous().get().uri(path).header("Accept", "*/*").exchange()
			.expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
		// A page view counts a scan, as a JSON answer does; this client keeps cookies like a browser, so
		// its two views are one phone's, counted once.
		assertThat(scanCounts(DigitalLink.parse(uri).lot())).containsExactly(1L);
	}

	/** Events stored before their details were checked still resolve, their odd values shown as text. */
	@Test
	void aLotWithEventsWhoseStoredDetailsDoNotFitStillResolves() {
		String lotCode = tomatoLot();
		OffsetDateTime day = OffsetDateTime.parse("2025-07-19T10:00:00+08:00");
		StoredEvents.write(registry.jdbc(), lotCode, "INSPECTED", day,
				"{\"result\": \"MAYBE\", \"items\": \"农药残留\"}");
		StoredEvents.write(registry.jdbc(), lotCode, "SHIPPED", day.plusDays(1),
				"{\"to\": \"美通\", \"quantityKg\": \"lots\"}");
		StoredEvents.write(registry.jdbc(), lotCode, "RECEIVED", day.plusDays(2), "{not json");
		String path = DigitalLink.parse(issue(lotCode, 1).get(0).get("uri").asString()).path();

		JsonNode answer = get(path, HttpStatus.OK);
		assertThat(answer.get("events").findValuesAsString("type")).containsExactly("HARVESTED", "INSPECTED",
				"SHIPPED", "RECEIVED");
		assertThat(answer.at("/events/1/details/result").asString()).isEqualTo("MAYBE");
		assertThat(answer.at("/events/1/details/items/0").asString()).isEqualTo("农药残留");
		assertThat(answer.at("/events/2/details/quantityKg").asString()).isEqualTo("lots");
		assertThat(answer.at("/events/3/details").asString()).isEqualTo("{not json");

		String page = registry.anonymous().get().uri(path).accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(page).contains("MAYBE", "收货");
	}

	/** Scans of one label from 200 phones at once: none is lost, and each sees its own number. */
	@Test
	void concurrentScansAreCountedExactly() throws Exception {
		String lotCode = tomatoLot();
		String path = DigitalLink.parse(issue(lotCode, 1).get(0).get("uri").asString()).path();
		int scans = 200;
		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Long>> futures = new ArrayList<>();
			for (int i = 0; i < scans; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return get(path, HttpStatus.OK).at("/scan/count").asLong();
				}));
			}
			start.countDown();
			List<Long> seen = new ArrayList<>();
			for (Future<Long> future : futures) {
				seen.add(future.get());
			}
			assertThat(seen).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, scans).boxed().toList());
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(scanCounts(lotCode)).containsExactly((long) scans);
	}

	private JsonNode scan(String uri, HttpStatus status) {
		return get(DigitalLink.parse(uri).path(), status);
	}

	/**
	 * The consumer JSON as an app without cookies asks for it: each request a phone of its own, so
	 * that each is counted (a browser that keeps the resolver's cookie is counted once per label).
	 */
	private JsonNode get(String path, HttpStatus status) {
		try {
			HttpResponse<String> answer = phones.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", CONSUMER_JSON.toString()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(answer.statusCode()).as(path).isEqualTo(status.value());
			assertThat(MediaType.parseMediaType(answer.headers().firstValue("Content-Type").orElseThrow())
				.isCompatibleWith(CONSUMER_JSON)).isTrue();
			return JsonMapper.shared().readTree(answer.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private List<Long> scanCounts(String lotCode) {
		JsonNode labels = registry.asBureau().get().uri("/api/v1/lots/{lot}/labels", lotCode).exchange()
			.expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
		return labels.get("content").findValues("scanCount").stream().map(JsonNode::asLong).toList();
	}

	private String tomatoLot() {
		long producer = registry.producer("太平庄番茄专业合作社", "yulin");
		return registry.lot(producer, "TPZ-TOMATO", HARVEST, "1200", "4.50").get("lotCode").asString();
	}

	private JsonNode issue(String lotCode, int count) {
		return registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", count)).get("labels");
	}
}
