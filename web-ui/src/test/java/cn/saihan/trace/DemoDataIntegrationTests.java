package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

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

	@Test
	void seedsADozenProducersAcrossTheThreeTownsWithAFewHundredLots() {
		assertThat(jdbc.queryForObject("select count(*) from producer where id not in (select producer_id from enrolment "
				+ "where producer_id is not null)", Long.class)).isEqualTo(12);
		assertThat(jdbc.queryForList("select distinct town_code from producer", String.class))
			.containsExactlyInAnyOrder("yulin", "huangheshao", "jinhe");
		assertThat(jdbc.queryForList("select distinct type from certification", String.class))
			.contains("GREEN", "ORGANIC", "GI", "POLLUTION_FREE");
		long lots = jdbc.queryForObject("select count(*) from lot", Long.class);
		assertThat(lots).isBetween(200L, 600L);
		assertThat(jdbc.queryForList("select distinct extract(year from harvest_date) from lot", Integer.class))
			.contains(2023, 2024, 2025);
		assertThat(jdbc.queryForObject("select count(*) from trace_event where type = 'HARVESTED'", Long.class))
			.isEqualTo(lots);
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
}
