package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Approved output and certified quantity (spec §2.9), case by case with exact kg and yuan. */
@TraceIntegrationTest
class ApprovedOutputIntegrationTests {

	private static final AtomicInteger MTYX = new AtomicInteger(20230100);

	@Autowired
	RegistryClient registry;

	long producerId;

	@BeforeEach
	void aProducer() {
		producerId = registry.producer("太平庄番茄专业合作社", "huangheshao");
	}

	private Map<String, Object> certification(String type, String number, String from, String to,
			Map<String, Object> approvedOutput) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", type);
		body.put("certificateNo", number);
		body.put("productCodes", List.of("TPZ-TOMATO", "GCL-PUMPKIN"));
		body.put("issuer", "中国绿色食品发展中心");
		body.put("validFrom", from);
		body.put("validTo", to);
		if (approvedOutput != null) {
			body.put("approvedOutput", approvedOutput);
		}
		return body;
	}

	private long certify(Map<String, Object> body) {
		return registry.post("/api/v1/producers/" + producerId + "/certifications", body).get("id").asLong();
	}

	private long green(String from, String to, String tomatoKg) {
		return certify(certification("GREEN", RegistryClient.freshGreenNumber(), from, to,
				tomatoKg == null ? null : Map.of("TPZ-TOMATO", tomatoKg)));
	}

	private JsonNode lot(String harvestDate, String kg, String price) {
		return registry.lot(producerId, "TPZ-TOMATO", LocalDate.parse(harvestDate), kg, price);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new HashMap<>(registry.counts());
		for (String table : List.of("certification_approved_output", "lot_certified", "lot_allocation",
				"approved_output_drawn")) {
			counts.put(table, registry.count(table));
		}
		return counts;
	}

	private void refused(Map<String, Object> body, String field, String messagePart) {
		var before = counts();
		registry.asBureau().post().uri("/api/v1/producers/" + producerId + "/certifications")
			.contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == '" + field + "')].message")
			.value(messages -> assertThat(messages.toString()).contains(messagePart));
		assertThat(counts()).isEqualTo(before);
	}

	private static BigDecimal kg(JsonNode node) {
		return node == null ? null : node.decimalValue().stripTrailingZeros();
	}

	private static BigDecimal certifiedKg(JsonNode lot, String type) {
		return lot.get("certified").has(type) ? kg(lot.get("certified").get(type).get("kg")) : null;
	}

	private static BigDecimal certifiedValue(JsonNode lot, String type) {
		return lot.get("certified").has(type) ? lot.get("certified").get(type).get("valueYuan").decimalValue() : null;
	}

	private static BigDecimal overKg(JsonNode lot, String type) {
		return kg(lot.get("overApprovedOutput").get(type));
	}

	private JsonNode reread(JsonNode lot) {
		return registry.get("/api/v1/lots/" + lot.get("lotCode").asString());
	}

	private static List<String> types(JsonNode lot) {
		return lot.get("certifiedTypes").valueStream().map(JsonNode::asString).toList();
	}

	@Test
	void theApprovedOutputIsStoredAndRepeated() {
		JsonNode created = registry.post("/api/v1/producers/" + producerId + "/certifications",
				certification("GREEN", RegistryClient.freshGreenNumber(), "2025-01-01", "2027-12-31",
						Map.of("TPZ-TOMATO", "10000.5")));
		assertThat(kg(created.get("approvedOutput").get("TPZ-TOMATO"))).isEqualByComparingTo("10000.5");
		assertThat(created.get("approvedOutput").has("GCL-PUMPKIN")).isFalse();
		assertThat(kg(registry.get("/api/v1/certifications/" + created.get("id").asLong()).get("approvedOutput")
			.get("TPZ-TOMATO"))).isEqualByComparingTo("10000.5");
	}

	@Test
	void badApprovedOutputIsRefusedNamingTheProductAndStoresNothing() {
		refused(certification("GREEN", RegistryClient.freshGreenNumber(), "2025-01-01", "2027-12-31",
				Map.of("HST-PITAYA", "100")), "approvedOutput.HST-PITAYA", "does not list");
		refused(certification("GREEN", RegistryClient.freshGreenNumber(), "2025-01-01", "2027-12-31",
				Map.of("TPZ-TOMATO", "0")), "approvedOutput.TPZ-TOMATO", "more than 0");
		refused(certification("GREEN", RegistryClient.freshGreenNumber(), "2025-01-01", "2027-12-31",
				Map.of("TPZ-TOMATO", "-5")), "approvedOutput.TPZ-TOMATO", "more than 0");
		refused(certification("GREEN", RegistryClient.freshGreenNumber(), "2025-01-01", "2027-12-31",
				Map.of("TPZ-TOMATO", "1.0005")), "approvedOutput.TPZ-TOMATO", "at most 9 digits");
		refused(certification("GREEN", RegistryClient.freshGreenNumber(), "2025-01-01", "2027-12-31",
				Map.of("TPZ-TOMATO", "1234567890")), "approvedOutput.TPZ-TOMATO", "at most 9 digits");
	}

	@Test
	void nonNumericApprovedOutputIsRefusedNamingTheField() {
		var before = counts();
		registry.asBureau().post().uri("/api/v1/producers/" + producerId + "/certifications")
			.contentType(MediaType.APPLICATION_JSON)
			.body(certification("GREEN", RegistryClient.freshGreenNumber(), "2025-01-01", "2027-12-31",
					Map.of("TPZ-TOMATO", "ten tonnes")))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[*].field")
			.value(fields -> assertThat(fields.toString()).contains("approvedOutput"));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aMingteyouxinEntryHasItsNumberShapeAndAtMostThreeYears() {
		JsonNode created = registry.post("/api/v1/producers/" + producerId + "/certifications",
				certification("MINGTEYOUXIN", "CAQS-MTYX-" + MTYX.incrementAndGet(), "2024-03-01", "2027-02-28",
						Map.of("TPZ-TOMATO", "500")));
		assertThat(created.get("type").asString()).isEqualTo("MINGTEYOUXIN");
		refused(certification("MINGTEYOUXIN", "CAQS-MTYX-2023", "2024-03-01", "2027-02-28", null), "certificateNo",
				"CAQS-MTYX-");
		refused(certification("MINGTEYOUXIN", "CAQS-MTYX-" + MTYX.incrementAndGet(), "2024-03-01", "2027-03-01", null),
				"validTo", "2027-02-28");
		JsonNode lot = lot("2025-06-01", "800", "4");
		assertThat(certifiedKg(lot, "MINGTEYOUXIN")).isEqualByComparingTo("500");
		assertThat(overKg(lot, "MINGTEYOUXIN")).isEqualByComparingTo("300");
	}

	@Test
	void lotsDrawFirstRegisteredFirstServedAndTheRestIsOver() {
		green("2025-01-01", "2027-12-31", "10000");
		JsonNode first = lot("2025-07-01", "6000", "5");
		assertThat(certifiedKg(first, "GREEN")).isEqualByComparingTo("6000");
		assertThat(certifiedValue(first, "GREEN")).isEqualByComparingTo("30000.00");
		assertThat(first.get("overApprovedOutput").isEmpty()).isTrue();

		// registered second, harvested earlier: the order of registration decides, not the harvest date
		JsonNode second = lot("2025-06-01", "6000", "2.11");
		assertThat(certifiedKg(second, "GREEN")).isEqualByComparingTo("4000");
		assertThat(certifiedValue(second, "GREEN")).isEqualByComparingTo("8440.00");
		assertThat(overKg(second, "GREEN")).isEqualByComparingTo("2000");
		assertThat(types(second)).containsExactly("GREEN");

		JsonNode third = lot("2025-08-01", "1.5", "2.11");
		assertThat(types(third)).isEmpty();
		assertThat(third.get("certified").isEmpty()).isTrue();
		assertThat(overKg(third, "GREEN")).isEqualByComparingTo("1.5");
		assertThat(reread(second).get("certified")).isEqualTo(second.get("certified"));
	}

	@Test
	void aPartlyCoveredLotsValueIsRoundedHalfUpToTheCent() {
		green("2025-01-01", "2027-12-31", "1.5");
		JsonNode lot = lot("2025-07-01", "3", "2.11");
		// 1.5 kg × 2.11 yuan = 3.165 yuan → 3.17 half-up (3.16 by banker's rounding)
		assertThat(certifiedValue(lot, "GREEN")).isEqualByComparingTo("3.17");
		assertThat(lot.get("valueYuan").decimalValue()).isEqualByComparingTo("6.33");
	}

	@Test
	void certificateYearsCountFromValidFromAlsoFromThe29thOfFebruary() {
		// year 0: 2024-02-29 … 2025-02-27, year 1 from 2025-02-28 (validFrom + 1 year)
		green("2024-02-29", "2027-02-27", "100");
		assertThat(certifiedKg(lot("2025-02-27", "100", "5"), "GREEN")).isEqualByComparingTo("100");
		JsonNode lastDayOfYearZero = lot("2025-02-27", "10", "5");
		assertThat(types(lastDayOfYearZero)).isEmpty();
		assertThat(overKg(lastDayOfYearZero, "GREEN")).isEqualByComparingTo("10");
		assertThat(certifiedKg(lot("2025-02-28", "100", "5"), "GREEN")).isEqualByComparingTo("100");
		assertThat(overKg(lot("2026-02-27", "1", "5"), "GREEN")).isEqualByComparingTo("1");
		assertThat(certifiedKg(lot("2026-02-28", "60", "5"), "GREEN")).isEqualByComparingTo("60");
	}

	@Test
	void aLotDrawsOnCertificationsOfOneTypeByValidFromThenNumber() {
		green("2025-01-01", "2027-12-31", "100");
		green("2024-06-01", "2026-05-31", "50");
		JsonNode lot = lot("2025-03-01", "120", "5");
		assertThat(certifiedKg(lot, "GREEN")).isEqualByComparingTo("120");
		assertThat(drawn(lot)).containsExactly("50", "70");
		JsonNode next = lot("2025-04-01", "100", "5");
		assertThat(certifiedKg(next, "GREEN")).isEqualByComparingTo("30");
		assertThat(overKg(next, "GREEN")).isEqualByComparingTo("70");
	}

	@Test
	void certificationsFromTheSameDayAreDrawnInTheOrderOfTheirNumbers() {
		long later = certify(certification("GREEN", "LB-15-2401059999" + "9A", "2025-01-01", "2027-12-31",
				Map.of("TPZ-TOMATO", "100")));
		long earlier = certify(certification("GREEN", "LB-15-2401050000" + "1A", "2025-01-01", "2027-12-31",
				Map.of("TPZ-TOMATO", "100")));
		JsonNode lot = lot("2025-03-01", "150", "5");
		assertThat(registry.jdbc().queryForList("""
				select a.certification_id from lot_allocation a join lot l on l.id = a.lot_id
				where l.lot_code = ? order by a.drawn_kg desc""", Long.class, lot.get("lotCode").asString()))
			.containsExactly(earlier, later);
	}

	private List<String> drawn(JsonNode lot) {
		return registry.jdbc().queryForList("""
				select a.drawn_kg from lot_allocation a join lot l on l.id = a.lot_id join certification c on c.id = a.certification_id
				where l.lot_code = ? order by c.valid_from""", BigDecimal.class, lot.get("lotCode").asString())
			.stream().map(d -> d.stripTrailingZeros().toPlainString()).toList();
	}

	@Test
	void aRevocationFreesTheShareOfTheLotsItNoLongerCertifiesForLaterOnes() {
		long certification = green("2025-01-01", "2027-12-31", "100");
		JsonNode june = lot("2025-06-01", "100", "5");
		JsonNode march = lot("2025-03-01", "50", "5");
		assertThat(types(march)).isEmpty();
		registry.asBureau().post().uri("/api/v1/certifications/" + certification + "/revocation")
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("revokedAt", "2025-05-01", "reason", "抽检不合格"))
			.exchange().expectStatus().isOk();
		assertThat(types(reread(june))).isEmpty();
		assertThat(reread(june).get("overApprovedOutput").isEmpty()).isTrue();
		assertThat(certifiedKg(reread(march), "GREEN")).isEqualByComparingTo("50");
		assertThat(reread(march).get("overApprovedOutput").isEmpty()).isTrue();
	}

	@Test
	void aCertificationRegisteredLaterCoversTheLotsAlreadyRegisteredInTheirOrder() {
		JsonNode first = lot("2025-06-01", "70", "5");
		JsonNode second = lot("2025-05-01", "70", "5");
		assertThat(types(first)).isEmpty();
		assertThat(first.get("overApprovedOutput").isEmpty()).isTrue();
		green("2025-01-01", "2027-12-31", "100");
		assertThat(certifiedKg(reread(first), "GREEN")).isEqualByComparingTo("70");
		assertThat(certifiedKg(reread(second), "GREEN")).isEqualByComparingTo("30");
		assertThat(overKg(reread(second), "GREEN")).isEqualByComparingTo("40");
	}

	@Test
	void aProductWithoutApprovedOutputIsUnlimited() {
		green("2025-01-01", "2027-12-31", "100");
		JsonNode pumpkin = registry.lot(producerId, "GCL-PUMPKIN", LocalDate.parse("2025-07-01"), "100000", "1");
		assertThat(certifiedKg(pumpkin, "GREEN")).isEqualByComparingTo("100000");
		assertThat(certifiedValue(pumpkin, "GREEN")).isEqualByComparingTo("100000.00");
	}

	@Test
	void theBalanceShowsEachCertificateYearCutAtValidToToTheBureauAndTheProducerOnly() {
		long certification = green("2024-03-01", "2026-06-30", "100");
		JsonNode over = lot("2024-05-01", "120", "5");
		lot("2025-05-01", "30", "5");

		JsonNode balance = registry.getAsBureau("/api/v1/certifications/" + certification + "/balance");
		assertThat(balance.get("certificationId").asLong()).isEqualTo(certification);
		JsonNode periods = balance.get("periods");
		assertThat(periods.size()).isEqualTo(3);
		assertPeriod(periods.get(0), "2024-03-01", "2025-02-28", "100", "100", "0", "20");
		assertPeriod(periods.get(1), "2025-03-01", "2026-02-28", "100", "30", "70", "0");
		assertPeriod(periods.get(2), "2026-03-01", "2026-06-30", "100", "0", "100", "0");

		registry.farmerOf(producerId).get().uri("/api/v1/certifications/" + certification + "/balance").exchange()
			.expectStatus().isOk();
		long other = registry.producer("别家合作社", "jinhe");
		registry.farmerOf(other).get().uri("/api/v1/certifications/" + certification + "/balance").exchange()
			.expectStatus().isForbidden();
		registry.anonymous().get().uri("/api/v1/certifications/" + certification + "/balance").exchange()
			.expectStatus().isUnauthorized();
		registry.asBureau().get().uri("/api/v1/certifications/999999/balance").exchange().expectStatus().isNotFound();

		// the bureau's list of the year's lots over their approved output, and its CSV
		JsonNode page = registry.getAsBureau("/api/v1/certifications/over-approved?year=2024&size=200");
		List<JsonNode> mine = page.get("content").valueStream()
			.filter(l -> l.get("lotCode").asString().equals(over.get("lotCode").asString())).toList();
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).get("producerId").asLong()).isEqualTo(producerId);
		assertThat(mine.get(0).get("productCode").asString()).isEqualTo("TPZ-TOMATO");
		assertThat(mine.get(0).get("type").asString()).isEqualTo("GREEN");
		assertThat(kg(mine.get(0).get("overKg"))).isEqualByComparingTo("20");
		assertThat(page.get("page").get("totalElements").asLong()).isPositive();
		String csv = new String(registry.asBureau().get().uri("/api/v1/certifications/over-approved.csv?year=2024")
			.exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains(over.get("lotCode").asString() + "," + producerId + ",TPZ-TOMATO,GREEN,绿色食品,20\r\n");
		registry.farmerOf(producerId).get().uri("/api/v1/certifications/over-approved?year=2024").exchange()
			.expectStatus().isForbidden();
		registry.asBureau().get().uri("/api/v1/certifications/over-approved?year=abc").exchange()
			.expectStatus().isBadRequest();
	}

	private static void assertPeriod(JsonNode period, String from, String to, String approved, String drawn,
			String remaining, String over) {
		assertThat(period.get("productCode").asString()).isEqualTo("TPZ-TOMATO");
		assertThat(period.get("from").asString()).isEqualTo(from);
		assertThat(period.get("to").asString()).isEqualTo(to);
		assertThat(kg(period.get("approvedKg"))).isEqualByComparingTo(approved);
		assertThat(kg(period.get("drawnKg"))).isEqualByComparingTo(drawn);
		assertThat(kg(period.get("remainingKg"))).isEqualByComparingTo(remaining);
		assertThat(kg(period.get("overKg"))).isEqualByComparingTo(over);
	}

	private JsonNode transform(long producer, String outputProduct, String outputKg, String price,
			List<Map<String, Object>> inputs) {
		return registry.post("/api/v1/transformations", Map.of("producerId", producer, "occurredAt",
				"2025-08-01T09:00:00+08:00", "location", "巴彦街道", "inputs", inputs, "output",
				Map.of("productCode", outputProduct, "quantityKg", outputKg, "unitPriceYuan", price)));
	}

	private static Map<String, Object> use(JsonNode lot, String kg) {
		return Map.of("lotCode", lot.get("lotCode").asString(), "quantityKg", kg);
	}

	@Test
	void repackingAnUncertifiedLotAsACertifiedProductCertifiesNothing() {
		green("2025-01-01", "2027-12-31", null);
		// the producer's tomatoes are green; its melons are not certified at all
		JsonNode melons = registry.lot(producerId, "SYBL-MELON", LocalDate.parse("2025-07-01"), "500", "4");
		JsonNode repacked = transform(producerId, "TPZ-TOMATO", "500", "4", List.of(use(melons, "500")));
		assertThat(types(repacked)).isEmpty();
		assertThat(repacked.get("certified").isEmpty()).isTrue();
		assertThat(repacked.get("overApprovedOutput").isEmpty()).isTrue();
	}

	@Test
	void aMergeIsCertifiedOnlyForTheCertifiedKilogramsItInherits() {
		green("2025-01-01", "2027-12-31", "1");
		JsonNode certified = lot("2025-07-01", "1", "5");
		JsonNode over = lot("2025-07-01", "999", "5");
		assertThat(certifiedKg(over, "GREEN")).isNull();
		JsonNode merged = transform(producerId, "TPZ-TOMATO", "1000", "5", List.of(use(certified, "1"), use(over, "999")));
		assertThat(certifiedKg(merged, "GREEN")).isEqualByComparingTo("1");
		assertThat(certifiedValue(merged, "GREEN")).isEqualByComparingTo("5.00");
		assertThat(merged.get("overApprovedOutput").isEmpty()).isTrue();
	}

	@Test
	void aTransformedLotInheritsRoundedDownToTheGramAndFollowsItsInputs() {
		long certification = green("2025-01-01", "2027-12-31", "2");
		JsonNode input = lot("2025-07-01", "3", "5");
		assertThat(certifiedKg(input, "GREEN")).isEqualByComparingTo("2");
		// 1 kg of it used: 1 × 2 / 3 = 0.6666… kg → 0.666 kg, × 6.00 yuan = 4.00 (3.996 half-up)
		JsonNode packed = transform(producerId, "TPZ-TOMATO", "1", "6", List.of(use(input, "1")));
		assertThat(certifiedKg(packed, "GREEN")).isEqualTo(new BigDecimal("0.666"));
		assertThat(certifiedValue(packed, "GREEN")).isEqualByComparingTo("4.00");
		// and a lot made from that one, at the next depth
		JsonNode repacked = transform(producerId, "TPZ-TOMATO", "0.5", "8", List.of(use(packed, "1")));
		assertThat(certifiedKg(repacked, "GREEN")).isEqualTo(new BigDecimal("0.333"));

		// a revocation before the harvest takes the input's certification away, and the outputs' with it
		registry.asBureau().post().uri("/api/v1/certifications/" + certification + "/revocation")
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("revokedAt", "2025-06-01", "reason", "抽检不合格"))
			.exchange().expectStatus().isOk();
		assertThat(types(reread(input))).isEmpty();
		assertThat(types(reread(packed))).isEmpty();
		assertThat(types(reread(repacked))).isEmpty();
	}

	@Test
	void aProductChangedByProcessingIsCertifiedOnlyWhereTheProducerIsCertifiedForTheNewProduct() {
		green("2025-01-01", "2027-12-31", null);
		JsonNode tomatoes = lot("2025-07-01", "100", "5");
		// the certification lists tomatoes and pumpkins, not dragon fruit
		JsonNode pumpkins = transform(producerId, "GCL-PUMPKIN", "40", "5", List.of(use(tomatoes, "50")));
		assertThat(certifiedKg(pumpkins, "GREEN")).isEqualByComparingTo("40");
		JsonNode pitaya = transform(producerId, "HST-PITAYA", "40", "5", List.of(use(tomatoes, "50")));
		assertThat(types(pitaya)).isEmpty();
		// a packer without any certification makes uncertified lots of the same tomatoes
		long packer = registry.producer("包装公司", "bayan");
		JsonNode other = lot("2025-07-02", "10", "5");
		assertThat(types(transform(packer, "TPZ-TOMATO", "10", "5", List.of(use(other, "10"))))).isEmpty();
	}
}
