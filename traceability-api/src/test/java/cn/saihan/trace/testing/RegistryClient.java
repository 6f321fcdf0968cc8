package cn.saihan.trace.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.saihan.trace.producer.CreditCode;
import tools.jackson.databind.JsonNode;

/**
 * Drives the registry through its HTTP API as the bureau, to set up what a test needs: every
 * fixture is made through the same entry point a user has, never by writing rows directly.
 */
@TestComponent
@Lazy
public class RegistryClient {

	public static final String BUREAU_USER = "bureau";

	public static final String BUREAU_PASSWORD = "bureau-demo";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final RestTestClient client;

	private final JdbcTemplate jdbc;

	RegistryClient(RestTestClient client, JdbcTemplate jdbc) {
		this.client = client;
		this.jdbc = jdbc;
	}

	/** A client already logged in as the bureau. */
	public RestTestClient asBureau() {
		return client.mutate().defaultHeaders(headers -> headers.setBasicAuth(BUREAU_USER, BUREAU_PASSWORD)).build();
	}

	public RestTestClient anonymous() {
		return client;
	}

	/** A client logged in with the given credentials. */
	public RestTestClient as(String username, String password) {
		return client.mutate().defaultHeaders(headers -> headers.setBasicAuth(username, password)).build();
	}

	/** Gives the producer a login (as the bureau does) and returns a client logged in with it. */
	public RestTestClient farmerOf(long producerId) {
		String username = "farmer" + SEQUENCE.incrementAndGet();
		post("/api/v1/producers/" + producerId + "/account", Map.of("username", username, "password", "tomato-2025"));
		return as(username, "tomato-2025");
	}

	public JsonNode post(String path, Object body) {
		return asBureau().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isEqualTo(HttpStatus.CREATED)
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	public JsonNode get(String path) {
		return client.get().uri(path).exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	/** As {@link #get}, read by the bureau, which also sees what the public does not (contact details). */
	public JsonNode getAsBureau(String path) {
		return asBureau().get().uri(path).exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	/** A valid unified social credit code that no other fixture of this JVM uses. */
	public static String freshCreditCode() {
		return CreditCode.withCheckCharacter(String.format("91150105%09d", SEQUENCE.incrementAndGet())).value();
	}

	public long producer(String name, String townCode) {
		return post("/api/v1/producers", Map.of("name", name, "type", "COOPERATIVE", "creditCode", freshCreditCode(),
				"townCode", townCode, "village", "东干丈村", "contactPhone", "13800000000")).get("id").asLong();
	}

	public long certification(long producerId, String type, String number, List<String> products, LocalDate from,
			LocalDate to) {
		var body = new HashMap<String, Object>(Map.of("type", type, "certificateNo", number,
				"productCodes", products, "validFrom", from.toString(), "issuer", "中国绿色食品发展中心"));
		if (to != null) {
			body.put("validTo", to.toString());
		}
		return post("/api/v1/producers/" + producerId + "/certifications", body).get("id").asLong();
	}

	public JsonNode lot(long producerId, String productCode, LocalDate harvestDate, String quantityKg,
			String unitPriceYuan) {
		return post("/api/v1/lots", Map.of("producerId", producerId, "productCode", productCode, "harvestDate",
				harvestDate.toString(), "quantityKg", quantityKg, "unitPriceYuan", unitPriceYuan));
	}

	/** A fresh green-food licence number of the national shape. */
	public static String freshGreenNumber() {
		return String.format("LB-15-2401%02d%05dA", 5, SEQUENCE.incrementAndGet());
	}

	public static String freshOrganicNumber() {
		return String.format("OR-%08d", SEQUENCE.incrementAndGet());
	}

	public JdbcTemplate jdbc() {
		return jdbc;
	}

	public long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/** Row counts of every registry table, to prove that a refused request changed nothing. */
	public Map<String, Long> counts() {
		return Map.ofEntries(Map.entry("product", count("product")), Map.entry("producer", count("producer")),
				Map.entry("certification", count("certification")),
				Map.entry("certification_product", count("certification_product")), Map.entry("lot", count("lot")),
				Map.entry("trace_event", count("trace_event")), Map.entry("account", count("account")),
				Map.entry("audit_entry", count("audit_entry")), Map.entry("enrolment", count("enrolment")),
				Map.entry("inspection_report", count("inspection_report")), Map.entry("lot_hold", count("lot_hold")),
				Map.entry("lot_not_active", jdbc.queryForObject("select count(*) from lot where status <> 'ACTIVE'",
						Long.class)));
	}
}
