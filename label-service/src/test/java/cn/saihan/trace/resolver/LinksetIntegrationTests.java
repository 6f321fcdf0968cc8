package cn.saihan.trace.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

/** GS1 resolver conventions: link sets, the resolver description, and requests that are not scans. */
@TraceIntegrationTest
class LinksetIntegrationTests {

	private static final MediaType LINKSET = MediaType.parseMediaType("application/linkset+json");

	@Autowired
	RegistryClient registry;

	@LocalServerPort
	int port;

	long producer;

	String lotCode;

	String path;

	@BeforeEach
	void aLabel() {
		producer = registry.producer("黑沙图火龙果合作社", "jinhe");
		lotCode = registry.lot(producer, "HST-PITAYA", LocalDate.of(2025, 8, 20), "300", "20").get("lotCode")
			.asString();
		String uri = registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", 1)).get("labels").get(0)
			.get("uri").asString();
		path = DigitalLink.parse(uri).path();
	}

	private long scanCount() {
		return registry.asBureau().get().uri("/api/v1/lots/" + lotCode + "/labels").exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody().get("content").get(0).get("scanCount")
			.asLong();
	}

	@Test
	void aLinksetNamesTheProductPageCertificationsAndEpcisWithoutCountingAScan() {
		JsonNode byParameter = registry.anonymous().get().uri(path + "?linkType=linkset").exchange()
			.expectStatus().isOk().expectHeader().contentTypeCompatibleWith(LINKSET)
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		JsonNode byAccept = registry.anonymous().get().uri(path).accept(LINKSET).exchange()
			.expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(byAccept).isEqualTo(byParameter);

		JsonNode links = byParameter.get("linkset").get(0);
		assertThat(links.get("anchor").asString()).endsWith(path);
		assertThat(links.get("https://gs1.org/voc/pip").get(0).get("href").asString()).endsWith(path);
		assertThat(links.get("https://gs1.org/voc/certificationInfo").get(0).get("href").asString())
			.endsWith("/api/v1/producers/" + producer + "/certifications");
		assertThat(links.get("https://gs1.org/voc/epcis").get(0).get("href").asString())
			.endsWith("/api/v1/lots/" + lotCode + "/epcis");
		assertThat(links.get("https://gs1.org/voc/epcis").get(0).get("type").asString())
			.isEqualTo("application/ld+json");
		assertThat(scanCount()).isZero();
	}

	@Test
	void aLotThatBearsABrandLinksTheBrandsPageAsItsHomepageAndOnlyThen() throws Exception {
		JsonNode plain = registry.anonymous().get().uri(path + "?linkType=linkset").exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		assertThat(plain.get("linkset").get(0).has("https://gs1.org/voc/homepage")).isFalse();

		String brand = "HST-LINK-" + Long.toString(System.nanoTime(), 36).toUpperCase();
		registry.post("/api/v1/brands", Map.of("code", brand, "nameZh", "沙图红", "kind", "ENTERPRISE",
				"ownerProducerId", producer, "productCodes", List.of("HST-PITAYA")));
		JsonNode branded = registry.anonymous().get().uri(path + "?linkType=linkset").exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		JsonNode homepage = branded.get("linkset").get(0).get("https://gs1.org/voc/homepage");
		assertThat(homepage.get(0).get("href").asString()).endsWith("/brands/" + brand);
		assertThat(homepage.get(0).get("type").asString()).isEqualTo("text/html");
		HttpResponse<Void> redirect = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + path + "?linkType=gs1:homepage")).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(redirect.statusCode()).isEqualTo(307);
		assertThat(redirect.headers().firstValue("Location").orElseThrow()).endsWith("/brands/" + brand);
		assertThat(scanCount()).isZero();
	}

	@Test
	void theLotLevelCodeHasALinksetToo() {
		String lotPath = path.substring(0, path.indexOf("/21/"));
		registry.anonymous().get().uri(lotPath + "?linkType=linkset").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.linkset[0].anchor").value(anchor -> assertThat((String) anchor).endsWith(lotPath));
	}

	@Test
	void aForgedCodeHasNoLinkset() {
		String forged = path.substring(0, path.lastIndexOf('/') + 1) + "0000000000000";
		registry.anonymous().get().uri(forged + "?linkType=linkset").exchange().expectStatus().isNotFound()
			.expectBody().jsonPath("$.authentic").isEqualTo(false);
	}

	@Test
	void theResolverDescribesItself() {
		registry.anonymous().get().uri("/.well-known/gs1resolver").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.supportedPrimaryKeys[0]").isEqualTo("01")
			.jsonPath("$.resolverRoot").isNotEmpty();
	}

	@Test
	void aHeadRequestIsNotAScan() {
		registry.anonymous().head().uri(path).exchange().expectStatus().isOk();
		String forged = path.substring(0, path.lastIndexOf('/') + 1) + "0000000000000";
		registry.anonymous().head().uri(forged).exchange().expectStatus().isNotFound();
		assertThat(scanCount()).isZero();
	}

	@Test
	void onlyTheLotsOwnProducerAndTheBureauIssueAndPrintItsLabels() {
		var own = registry.farmerOf(producer);
		var other = registry.farmerOf(registry.producer("别家合作社", "jinhe"));
		long labels = registry.count("label");
		other.post().uri("/api/v1/lots/" + lotCode + "/labels").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("count", 5)).exchange().expectStatus().isForbidden();
		other.get().uri("/api/v1/lots/" + lotCode + "/labels.pdf").exchange().expectStatus().isForbidden();
		registry.anonymous().get().uri("/api/v1/lots/" + lotCode + "/labels").exchange().expectStatus()
			.isUnauthorized();
		assertThat(registry.count("label")).isEqualTo(labels);

		own.post().uri("/api/v1/lots/" + lotCode + "/labels").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("count", 5)).exchange().expectStatus().isCreated();
		own.get().uri("/api/v1/lots/" + lotCode + "/labels.pdf").exchange().expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_PDF);
		assertThat(registry.count("label")).isEqualTo(labels + 5);
	}

	@Test
	void issuingLabelsIsOnTheAuditRecord() {
		registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", 3));
		String content = registry.jdbc().queryForObject(
				"select content from audit_entry where action = 'LABELS_ISSUED' and subject = ? order by id desc fetch first 1 rows only",
				String.class, "lot:" + lotCode);
		assertThat(content).contains("\"count\":3", "\"firstLabelNo\":1", "\"lastLabelNo\":3", "serialsSha256");
		registry.asBureau().get().uri("/api/v1/audit/verify").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.valid").isEqualTo(true);
	}
}
