package cn.saihan.trace.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * An individual farmer's contact person and mobile are personal information: the bureau and the
 * producer's own login read them; anonymous callers and other producers' logins do not, neither one
 * by one nor by listing the registry in large pages. Public lot answers mask an individual's phone.
 */
@TraceIntegrationTest
class PersonalDataIntegrationTests {

	@Autowired
	RegistryClient registry;

	long farmer;

	@BeforeEach
	void anIndividualFarmer() {
		farmer = registry.post("/api/v1/producers", Map.of("name", "刘二小", "type", "INDIVIDUAL", "townCode", "yulin",
				"village", "东干丈村", "contactName", "刘二小", "contactPhone", "13947101234")).get("id").asLong();
	}

	private static JsonNode read(RestTestClient client, String path) {
		return client.get().uri(path).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
			.getResponseBody();
	}

	@Test
	void anonymousCallersAndOtherProducersReadNoContactDetails() {
		long other = registry.producer("邻村合作社", "yulin");
		for (RestTestClient reader : new RestTestClient[] { registry.anonymous(), registry.farmerOf(other) }) {
			JsonNode producer = read(reader, "/api/v1/producers/" + farmer);
			assertThat(producer.get("name").asString()).isEqualTo("刘二小");
			assertThat(producer.get("village").asString()).isEqualTo("东干丈村");
			assertThat(producer.get("contactName").isNull()).isTrue();
			assertThat(producer.get("contactPhone").isNull()).isTrue();
			JsonNode listed = read(reader, "/api/v1/producers?q=刘二小");
			assertThat(listed.get("content").get(0).get("contactPhone").isNull()).isTrue();
		}
	}

	@Test
	void theBureauAndTheProducerItselfReadThem() {
		for (RestTestClient reader : new RestTestClient[] { registry.asBureau(), registry.farmerOf(farmer) }) {
			JsonNode producer = read(reader, "/api/v1/producers/" + farmer);
			assertThat(producer.get("contactName").asString()).isEqualTo("刘二小");
			assertThat(producer.get("contactPhone").asString()).isEqualTo("13947101234");
		}
	}

	@Test
	void theRegistryCannotBeScrapedInOnePage() {
		JsonNode page = read(registry.anonymous(), "/api/v1/producers?size=2000");
		assertThat(page.get("page").get("size").asInt()).isEqualTo(200);
	}

	@Test
	void aPublicLotShowsAnIndividualsPhoneMaskedOnItsComplianceCertificate() {
		String lot = registry.lot(farmer, "TPZ-TOMATO", LocalDate.of(2025, 7, 18), "100", "5")
			.get("lotCode").asString();
		assertThat(read(registry.anonymous(), "/api/v1/lots/" + lot).get("complianceCertificate").get("contact")
			.asString()).isEqualTo("139****1234");
		// A cooperative's number is its business contact, printed as it is.
		long cooperative = registry.producer("东干丈合作社", "yulin");
		String coopLot = registry.lot(cooperative, "TPZ-TOMATO", LocalDate.of(2025, 7, 18), "100", "5")
			.get("lotCode").asString();
		assertThat(read(registry.anonymous(), "/api/v1/lots/" + coopLot).get("complianceCertificate").get("contact")
			.asString()).isEqualTo("13800000000");
	}
}
