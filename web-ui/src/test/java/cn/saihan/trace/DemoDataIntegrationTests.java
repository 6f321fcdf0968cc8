package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.saihan.trace.demo.DemoSeeding;
import cn.saihan.trace.testing.FreshDatabaseInitializer;
import tools.jackson.databind.JsonNode;

/** The application as the README starts it: the demo profile fills an empty registry with a living data set. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@AutoConfigureRestTestClient
@ActiveProfiles("demo")
class DemoDataIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	DemoSeeding seeding;

	@Test
	void seedsADozenProducersAcrossFourTownsWithAFewHundredLotsThroughTheRegistrysServices() {
		assertThat(jdbc.queryForObject("select count(*) from producer where id not in (select producer_id from enrolment "
				+ "where producer_id is not null)", Long.class)).isEqualTo(12);
		assertThat(jdbc.queryForList("select distinct town_code from producer", String.class))
			.containsExactlyInAnyOrder("yulin", "huangheshao", "jinhe", "bayan");
		assertThat(jdbc.queryForList("select distinct type from certification", String.class))
			.contains("GREEN", "ORGANIC", "GI", "POLLUTION_FREE");
		long lots = jdbc.queryForObject("select count(*) from lot", Long.class);
		assertThat(lots).isBetween(200L, 700L);
		assertThat(jdbc.queryForObject("select count(*) from trace_event where type = 'HARVESTED'", Long.class))
			.isEqualTo(lots);
		// A real contact person for each producer, not a placeholder.
		assertThat(jdbc.queryForList("select contact_name from producer", String.class))
			.doesNotContain("联系人").doesNotContainNull();
		// Registered as any producer and certification is: audited, and the chain holds.
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CERTIFICATION_REGISTERED'",
				Long.class)).isEqualTo(jdbc.queryForObject("select count(*) from certification", Long.class));
		client.get().uri("/api/v1/audit/verify").headers(h -> h.setBasicAuth("bureau", "bureau-demo")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.valid").isEqualTo(true);
		assertThat(seeding.inProgress()).isFalse();
	}

	/** Dated from today: this year's harvests and three years before, and never a harvest to come. */
	@Test
	void harvestsReachFromThreeYearsBackToThisYearAndNeverBeyondToday() {
		LocalDate today = LocalDate.now(clock);
		assertThat(jdbc.queryForList("select distinct extract(year from harvest_date) from lot", Integer.class))
			.containsExactlyInAnyOrder(today.getYear() - 3, today.getYear() - 2, today.getYear() - 1, today.getYear());
		assertThat(jdbc.queryForObject("select max(harvest_date) from lot", LocalDate.class)).isBeforeOrEqualTo(today);
		assertThat(jdbc.queryForObject("select count(*) from lot where harvest_date >= ?", Long.class,
				today.withDayOfYear(1))).isPositive();
	}

	/** A first look is not a page of lapsed certificates: most hold today, a few lapse soon, one lately, one revoked. */
	@Test
	void certificationsAreMostlyValidTodayWithSomeLapsingWithinSixtyDays() {
		LocalDate today = LocalDate.now(clock);
		long validToday = jdbc.queryForObject("""
				select count(*) from certification
				where valid_from <= ? and (valid_to is null or valid_to >= ?) and revoked_at is null""", Long.class,
				today, today);
		long total = jdbc.queryForObject("select count(*) from certification", Long.class);
		assertThat(validToday).isGreaterThan(total / 2);
		assertThat(jdbc.queryForObject("""
				select count(*) from certification
				where valid_to between ? and ? and valid_from <= ? and revoked_at is null""", Long.class, today,
				today.plusDays(60), today)).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from certification where valid_to between ? and ?", Long.class,
				today.minusDays(365), today.minusDays(1))).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from certification where revoked_at <= ? and revocation_reason "
				+ "is not null", Long.class, today)).isEqualTo(1);
		// The bureau's list of lapsing certifications has something to show on the first day.
		JsonNode expiring = client.post().uri("/api/v1/certifications/expiring/runs")
			.headers(h -> h.setBasicAuth("bureau", "bureau-demo")).exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(expiring.get("certifications").findValuesAsString("state")).contains("EXPIRING", "LAPSED");
		assertThat(expiring.get("certifications").findValuesAsString("producerName")).contains("呼和浩特蒙兰花卉科技有限公司");
	}

	@Test
	void twoProducersAwaitTheBureauAndSignInOnceApproved() {
		JsonNode pending = client.get().uri("/api/v1/enrolments").headers(h -> h.setBasicAuth("bureau", "bureau-demo"))
			.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(pending.get("content").findValuesAsString("username")).containsExactly("wulan-farm", "zhao-wenbin");
		long id = pending.get("content").get(0).get("id").asLong();
		client.post().uri("/api/v1/enrolments/" + id + "/approval").headers(h -> h.setBasicAuth("bureau", "bureau-demo"))
			.exchange().expectStatus().isOk();
		client.get().uri("/api/v1/account").headers(h -> h.setBasicAuth("wulan-farm", "demo-enrolment")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.role").isEqualTo("FARMER");
	}

	@Test
	void demoLotsAreServedWithValuesAndCertifiedTypesFromTheRegistry() {
		JsonNode page = client.get().uri("/api/v1/lots?size=200").exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		Set<String> types = new HashSet<>();
		for (JsonNode lot : page.get("content")) {
			BigDecimal value = lot.get("quantityKg").decimalValue().multiply(lot.get("unitPriceYuan").decimalValue());
			assertThat(lot.get("valueYuan").decimalValue())
				.isEqualByComparingTo(value.setScale(2, java.math.RoundingMode.HALF_UP));
			lot.get("certifiedTypes").forEach(type -> types.add(type.asString()));
		}
		assertThat(types).contains("GREEN", "ORGANIC", "GI");
	}

	@Test
	void approvedOutputShowsOnTheFirstStartWithAProducerOverItAndANationalCatalogueEntry() {
		// 东干丈 harvests more tomatoes a year than its green licence approves
		assertThat(jdbc.queryForObject("""
				select count(*) from lot_certified c join lot l on l.id = c.lot_id join producer p on p.id = l.producer_id
				where c.over_kg > 0 and c.cert_type = 'GREEN' and p.name = '榆林镇东干丈生态农场'""", Long.class)).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from certification_approved_output", Long.class)).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from certification where type = 'MINGTEYOUXIN'", Long.class))
			.isEqualTo(1);
		Long certification = jdbc.queryForObject("""
				select c.id from certification c join producer p on p.id = c.producer_id
				where p.name = '榆林镇东干丈生态农场' and c.type = 'GREEN'""", Long.class);
		JsonNode balance = client.get().uri("/api/v1/certifications/" + certification + "/balance")
			.headers(h -> h.setBasicAuth("bureau", "bureau-demo")).exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(balance.get("periods").valueStream().map(p -> p.get("overKg").decimalValue())
			.anyMatch(over -> over.signum() > 0)).isTrue();
	}

	@Test
	void thePlansBrandsAreBorneOnlyByLicensedLotsOfTheirOriginArea() {
		assertThat(jdbc.queryForList("select code from brand order by code", String.class))
			.containsExactly("HST-HONGXIN", "ML-HUAHUI", "QGT-ZISU", "TPZ-XIHONGSHI");
		long taipingzhuang = producerId("太平庄番茄专业合作社");
		long dongganzhang = producerId("榆林镇东干丈生态农场");
		long liGuiying = producerId("李桂英");
		LocalDate licensedFrom = LocalDate.now(clock).minusYears(2).withDayOfYear(1);
		for (JsonNode lot : lotsOf(taipingzhuang)) {
			boolean licensed = !LocalDate.parse(lot.get("harvestDate").asString()).isBefore(licensedFrom);
			assertThat(lot.get("brands").findValuesAsString("code"))
				.isEqualTo(licensed ? List.of("TPZ-XIHONGSHI") : List.of());
		}
		// Tomatoes of 榆林镇, outside 太平庄西红柿's area; pitayas whose licence still awaits the bureau.
		assertThat(lotsOf(dongganzhang)).allSatisfy(lot -> assertThat(lot.get("brands")).isEmpty());
		assertThat(lotsOf(liGuiying)).allSatisfy(lot -> assertThat(lot.get("brands")).isEmpty());
		assertThat(jdbc.queryForObject("select count(*) from brand_licence where status = 'APPLIED' and producer_id = ?",
				Long.class, liGuiying)).isEqualTo(1);
		// The plan's six advantage zones, a status history for those that moved on, and villages' products.
		assertThat(jdbc.queryForList("select product_code from zone order by product_code", String.class))
			.containsExactly("GCL-PUMPKIN", "GDL-STRAWBERRY", "HST-PITAYA", "SYBL-MELON", "TPZ-TOMATO", "XTSH-GRAPE");
		assertThat(jdbc.queryForObject("select count(*) from zone_status", Long.class)).isEqualTo(9);
		assertThat(jdbc.queryForObject("select product_code from village_specialty where village = '罗家营村'",
				String.class)).isEqualTo("ML-FLOWER");
	}

	private long producerId(String name) {
		return jdbc.queryForObject("select id from producer where name = ?", Long.class, name);
	}

	private List<JsonNode> lotsOf(long producer) {
		JsonNode page = client.get().uri("/api/v1/lots?size=200&producerId=" + producer).exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		List<JsonNode> lots = new ArrayList<>();
		page.get("content").forEach(lots::add);
		assertThat(lots).isNotEmpty();
		return lots;
	}
}
