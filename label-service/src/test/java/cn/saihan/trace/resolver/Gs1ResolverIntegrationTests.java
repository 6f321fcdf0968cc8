package cn.saihan.trace.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What GS1's resolver standard (1.2) and its conformance test suite ask of a resolver, each rule
 * with the exact request a phone, an app or the test suite sends: raw paths (encoded slashes,
 * percents and semicolons as they are), preflights with {@code Origin}, HEAD, {@code linkType}.
 */
@TraceIntegrationTest
class Gs1ResolverIntegrationTests {

	static final String CONSUMER_JSON = "application/vnd.saihan.consumer+json";

	static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static Schema linksetSchema;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.shared();

	@Autowired
	RegistryClient registry;

	@LocalServerPort
	int port;

	long producer;

	String lotCode;

	DigitalLink label;

	@BeforeAll
	static void gs1LinksetSchema() throws Exception {
		try (InputStream schema = Gs1ResolverIntegrationTests.class.getResourceAsStream("/gs1/linkset-schema.json")) {
			linksetSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
		}
	}

	@BeforeEach
	void aLabel() {
		producer = registry.producer("黑沙图火龙果合作社", "jinhe");
		lotCode = registry.lot(producer, "HST-PITAYA", LocalDate.of(2025, 8, 20), "300", "20").get("lotCode")
			.asString();
		label = DigitalLink.parse(registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", 1))
			.get("labels").get(0).get("uri").asString());
	}

	// CORS and methods

	@Test
	void everyResolverAnswerAllowsAnyOrigin() throws Exception {
		for (String path : List.of(label.path(), lotPath(), productPath(), forged(), "/01/12345678901234",
				"/.well-known/gs1resolver", label.path() + "?linkType=gs1:epcis")) {
			HttpResponse<String> answer = send("GET", path, "Origin", "https://brand.example", "Accept", BROWSER);
			assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains("*");
		}
	}

	@Test
	void aPreflightIsAnsweredWithTheMethodsAndNoLogin() throws Exception {
		for (String path : List.of(label.path(), productPath(), forged(), "/.well-known/gs1resolver")) {
			HttpResponse<String> answer = send("OPTIONS", path, "Origin", "https://brand.example",
					"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "Accept");

			assertThat(answer.statusCode()).as(path).isBetween(200, 299);
			assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
			assertThat(answer.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
				.contains("GET", "HEAD", "OPTIONS");
			assertThat(answer.headers().firstValue("Allow").orElseThrow()).contains("GET", "HEAD", "OPTIONS");
			assertThat(answer.headers().firstValue("Location")).isEmpty();
		}
		assertThat(scanCount()).isZero();
	}

	@Test
	void headAnswersTheHeadersGetWouldAndIsNoScan() throws Exception {
		for (String accept : List.of("application/json", BROWSER, CONSUMER_JSON, "application/linkset+json")) {
			for (String path : List.of(label.path(), lotPath(), productPath(), forged())) {
				HttpResponse<String> head = send("HEAD", path, "Accept", accept);
				HttpResponse<String> get = send("GET", path, "Accept", accept);
				assertThat(head.statusCode()).as("%s %s", accept, path).isEqualTo(get.statusCode());
				for (String header : List.of("Content-Type", "Link", "Vary", "Access-Control-Allow-Origin")) {
					assertThat(head.headers().allValues(header)).as("%s %s %s", header, accept, path)
						.isEqualTo(get.headers().allValues(header));
				}
				assertThat(head.body()).isEmpty();
			}
		}
		// The GETs as page or consumer JSON were scans; none of the HEADs was.
		assertThat(scanCount()).isEqualTo(2);
	}

	// Syntax errors are 400, unknown codes 404, and never a container page

	@Test
	void aPathThatIsNoDigitalLinkIs400WithTheReason() throws Exception {
		String gtin = label.gtin().value();
		String wrongCheckDigit = gtin.substring(0, 13) + (char) ('0' + (gtin.charAt(13) - '0' + 1) % 10);
		Map<String, String> reasons = Map.of(
				"/01/" + wrongCheckDigit + "/10/" + lotCode, "01",
				"/01/" + gtin + "/21/" + label.serial() + "/10/" + lotCode, "10",
				label.path() + "/extra", "path",
				"/01/" + gtin + "/10/AB%7BCD", "10",
				"/01/" + gtin + "/10/" + "A".repeat(21), "10");
		for (Map.Entry<String, String> reason : reasons.entrySet()) {
			HttpResponse<String> problem = send("GET", reason.getKey(), "Accept", "application/json");
			assertThat(problem.statusCode()).as(reason.getKey()).isEqualTo(400);
			assertThat(problem.headers().firstValue("Content-Type")).contains("application/problem+json");
			assertThat(json.readTree(problem.body()).at("/errors/0/field").asString()).as(reason.getKey())
				.isEqualTo(reason.getValue());
			assertThat(problem.headers().firstValue("Access-Control-Allow-Origin")).contains("*");

			HttpResponse<String> page = send("GET", reason.getKey(), "Accept", BROWSER);
			assertThat(page.statusCode()).isEqualTo(400);
			assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
			assertThat(page.body()).contains("lang=\"zh-CN\"", "这不是有效的", "data-verdict=\"INVALID\"");
		}
		assertThat(scanCount()).isZero();
	}

	@Test
	void aValidButUnknownCodeIs404NotGenuine() throws Exception {
		// 06901234999990: a GTIN with a right check digit that the catalogue does not hold
		for (String path : List.of(forged(), "/01/" + label.gtin() + "/10/NO-SUCH-LOT", "/01/06901234999990")) {
			HttpResponse<String> answer = send("GET", path, "Accept", CONSUMER_JSON);
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(json.readTree(answer.body()).get("authentic").asBoolean()).isFalse();
		}
	}

	/** Encoded slash, percent and semicolon are valid in a lot or serial: the resolver's own 404, not Tomcat's 400. */
	@Test
	void valuesTheContainerWouldRefuseReachTheResolver() throws Exception {
		String gtin = label.gtin().value();
		for (String path : List.of("/01/" + gtin + "/10/AB%2FCD", "/01/" + gtin + "/10/AB%25CD",
				"/01/" + gtin + "/10/AB;CD", "/01/" + gtin + "/10/AB%3BCD", "/01/" + gtin + "/10/X/21/A%2FB;C%25")) {
			for (String accept : List.of(CONSUMER_JSON, BROWSER)) {
				HttpResponse<String> answer = send("GET", path, "Accept", accept);
				assertThat(answer.statusCode()).as("%s %s", path, accept).isEqualTo(404);
				assertThat(answer.body()).contains(accept.equals(CONSUMER_JSON) ? "\"authentic\":false" : "NOT_GENUINE");
			}
		}
		// Elsewhere the firewall stays as strict as before.
		assertThat(send("GET", "/api/v1/lots/AB%2FCD", "Accept", "application/json").statusCode()).isEqualTo(400);
	}

	// Link types

	@Test
	void aLinkTypeRedirectsToThatLinkWithTheQueryStringAndIsNoScan() throws Exception {
		Map<String, String> targets = Map.of(
				"gs1:epcis", "/api/v1/lots/" + lotCode + "/epcis",
				"https://gs1.org/voc/epcis", "/api/v1/lots/" + lotCode + "/epcis",
				"gs1:certificationInfo", "/api/v1/producers/" + producer + "/certifications",
				"gs1:traceability", "/api/v1/lots/" + lotCode + "/trace?depth=all",
				"gs1:pip", label.path());
		for (Map.Entry<String, String> target : targets.entrySet()) {
			HttpResponse<String> answer = send("GET",
					label.path() + "?linkType=" + target.getKey() + "&7007=250820&k=v", "Accept", BROWSER);
			assertThat(answer.statusCode()).as(target.getKey()).isEqualTo(307);
			String location = answer.headers().firstValue("Location").orElseThrow();
			assertThat(location).as(target.getKey()).contains(target.getValue()).endsWith("7007=250820&k=v")
				.doesNotContain("linkType");
		}
		HttpResponse<String> lot = send("GET", lotPath() + "?linkType=gs1:epcis", "Accept", "application/json");
		assertThat(lot.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/lots/" + lotCode + "/epcis");
		assertThat(scanCount()).isZero();
	}

	@Test
	void aLinkTypeTheItemDoesNotHaveIs404NamingThoseItHas() throws Exception {
		HttpResponse<String> answer = send("GET", label.path() + "?linkType=gs1:recipeInfo", "Accept", "application/json");

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(json.readTree(answer.body()).get("availableLinkTypes").toString()).contains("gs1:pip", "gs1:epcis");
		assertThat(send("GET", productPath() + "?linkType=gs1:epcis", "Accept", "application/json").statusCode())
			.isEqualTo(404);
		assertThat(send("GET", forged() + "?linkType=gs1:epcis", "Accept", "application/json").statusCode())
			.isEqualTo(404);
	}

	@Test
	void linkTypeAllAndLinksetAnswerTheLinkset() throws Exception {
		JsonNode all = linkset(send("GET", label.path() + "?linkType=all", "Accept", BROWSER));
		JsonNode linkset = linkset(send("GET", label.path() + "?linkType=linkset", "Accept", BROWSER));

		assertThat(all).isEqualTo(linkset);
		assertThat(scanCount()).isZero();
	}

	// Link sets

	@Test
	void everyLinksetIsValidAgainstGs1sSchema() throws Exception {
		for (String path : List.of(label.path(), lotPath(), productPath())) {
			for (String request : List.of(path + "?linkType=linkset", path)) {
				HttpResponse<String> answer = send("GET", request, "Accept", "application/linkset+json");
				JsonNode linkset = linkset(answer);
				assertThat(linksetSchema.validate(linkset)).as(request).isEmpty();
				assertThat(linkset.at("/linkset/0/anchor").asString()).endsWith(path);
				assertThat(linkset.at("/linkset/0/itemDescription").asString()).contains("火龙果");
				assertThat(answer.headers().allValues("Link")).anySatisfy(link -> assertThat(link)
					.contains("rel=\"http://www.w3.org/ns/json-ld#context\"", "type=\"application/ld+json\""));
			}
		}
	}

	@Test
	void applicationJsonIsTheLinksetAndTheConsumerViewHasItsOwnType() throws Exception {
		HttpResponse<String> asJson = send("GET", label.path(), "Accept", "application/json");
		assertThat(asJson.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(json.readTree(asJson.body()).has("linkset")).isTrue();
		assertThat(scanCount()).isZero();

		HttpResponse<String> consumer = send("GET", label.path(), "Accept", CONSUMER_JSON);
		assertThat(consumer.headers().firstValue("Content-Type").orElseThrow()).startsWith(CONSUMER_JSON);
		assertThat(json.readTree(consumer.body()).get("verdict").asString()).isEqualTo("GENUINE");
		assertThat(scanCount()).isEqualTo(1);
	}

	@Test
	void answersWithALinksetNameItAndNegotiatedAnswersVaryByAccept() throws Exception {
		for (String path : List.of(label.path(), lotPath(), productPath())) {
			for (String accept : List.of(BROWSER, CONSUMER_JSON, "application/json")) {
				HttpResponse<String> answer = send("GET", path, "Accept", accept);
				assertThat(answer.headers().allValues("Link")).as("%s %s", path, accept).anySatisfy(link -> assertThat(link)
					.contains(path + "?linkType=linkset>", "rel=\"linkset\"", "type=\"application/linkset+json\""));
				assertThat(answer.headers().firstValue("Vary").orElseThrow()).contains("Accept");
			}
		}
		assertThat(send("GET", forged(), "Accept", BROWSER).headers().allValues("Link")).isEmpty();
	}

	// More of the URI space

	@Test
	void theGtinAloneAnswersTheProductPageWithItsGrowers() throws Exception {
		HttpResponse<String> page = send("GET", productPath(), "Accept", BROWSER);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("扫描完整标签以验真", "黑沙图火龙果合作社", "火龙果");

		HttpResponse<String> view = send("GET", productPath(), "Accept", CONSUMER_JSON);
		JsonNode product = json.readTree(view.body());
		assertThat(product.at("/product/gtin").asString()).isEqualTo(label.gtin().value());
		assertThat(product.get("growers").findValuesAsString("name")).contains("黑沙图火龙果合作社");
		assertThat(product.has("verdict")).isFalse();
	}

	@Test
	void shorterGtinsAndATrailingSlashNameTheSameItem() throws Exception {
		String gtin = label.gtin().value();
		assertThat(gtin).startsWith("0");
		String thirteen = gtin.substring(1);
		HttpResponse<String> lot = send("GET", "/01/" + thirteen + "/10/" + lotCode + "/", "Accept", CONSUMER_JSON);
		assertThat(lot.statusCode()).isEqualTo(200);
		assertThat(json.readTree(lot.body()).get("uri").asString()).endsWith("/01/" + gtin + "/10/" + lotCode);
		assertThat(send("GET", "/01/" + thirteen + "/", "Accept", CONSUMER_JSON).statusCode()).isEqualTo(200);
		assertThat(send("GET", label.path() + "/", "Accept", CONSUMER_JSON).statusCode()).isEqualTo(200);
	}

	@Test
	void aCompressedDigitalLinkResolvesLikeTheFullOne() throws Exception {
		String compressed = "/" + TestCompression.compress(label.gtin().value(), lotCode, label.serial());

		HttpResponse<String> answer = send("GET", compressed, "Accept", CONSUMER_JSON);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(json.readTree(answer.body()).get("uri").asString()).endsWith(label.path());
		assertThat(scanCount()).isEqualTo(1);
		assertThat(send("GET", "/" + TestCompression.compress(label.gtin().value(), lotCode, null) + "?linkType=gs1:epcis",
				"Accept", BROWSER).statusCode()).isEqualTo(307);
		// A root segment that is no compressed link stays a page we do not have.
		assertThat(send("GET", "/ZZZZZZZZZZZZ", "Accept", CONSUMER_JSON).statusCode()).isEqualTo(404);
		// For a browser it is a mistyped address, not a label to call counterfeit.
		HttpResponse<String> page = send("GET", "/no-such-page", "Accept", BROWSER);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain("NOT_GENUINE");
	}

	@Test
	void anUnknownLotUnderAKnownGtinIsStillNotGenuine() throws Exception {
		HttpResponse<String> answer = send("GET", "/01/" + label.gtin() + "/10/FAKE-LOT-1/21/" + label.serial(),
				"Accept", CONSUMER_JSON);

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(json.readTree(answer.body()).get("verdict").asString()).isEqualTo("NOT_GENUINE");
	}

	@Test
	void theDescriptionFileSaysOnlyWhatIsTrue() throws Exception {
		HttpResponse<String> answer = send("GET", "/.well-known/gs1resolver", "Accept", "application/json");
		JsonNode description = json.readTree(answer.body());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(description.get("supportedPrimaryKeys").toString()).isEqualTo("[\"01\"]");
		assertThat(description.get("linkTypeDefaultCanBeLinkset").asBoolean()).isFalse();
		assertThat(description.get("jsonLdContextLocation").asString()).startsWith("https://");
		assertThat(description.get("resolverRoot").asString()).startsWith("http");
	}

	private JsonNode linkset(HttpResponse<String> answer) throws Exception {
		assertThat(answer.statusCode()).isEqualTo(200);
		return json.readTree(answer.body());
	}

	private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String lotPath() {
		return label.path().substring(0, label.path().indexOf("/21/"));
	}

	private String productPath() {
		return "/01/" + label.gtin();
	}

	private String forged() {
		return lotPath() + "/21/0000000000000";
	}

	private long scanCount() {
		return registry.asBureau().get().uri("/api/v1/lots/" + lotCode + "/labels").exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody().get("content").get(0).get("scanCount")
			.asLong();
	}
}
