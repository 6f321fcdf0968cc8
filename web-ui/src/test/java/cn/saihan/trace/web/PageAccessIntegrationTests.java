package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.saihan.trace.testing.RegistryClient;

/** Who may open which page: the URL is never trusted, only the login behind the request. */
@PageIntegrationTest
class PageAccessIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RegistryClient registry;

	@Autowired
	Clock clock;

	long own;

	long other;

	String otherLot;

	PageSession farmer;

	@BeforeEach
	void twoProducersAndAFarmerOfTheFirst() {
		own = registry.producer("榆林镇番茄合作社", "yulin");
		other = registry.producer("金河镇葡萄合作社", "jinhe");
		otherLot = registry.lot(other, "XTSH-GRAPE", LocalDate.now(clock).minusDays(3), "500", "12")
			.get("lotCode").asString();
		String username = "yulin-" + own;
		registry.post("/api/v1/producers/" + own + "/account", Map.of("username", username, "password", "fanqie-2025"));
		farmer = new PageSession(port).login(username, "fanqie-2025");
	}

	@Test
	void aVisitorWithoutLoginIsSentToTheLoginPage() {
		PageSession visitor = new PageSession(port);
		for (String path : new String[] { "/farmer/lots", "/bureau/producers", "/farmer/lots/" + otherLot }) {
			HttpResponse<String> answer = visitor.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location")).as(path).hasValueSatisfying(
					location -> assertThat(location).endsWith("/login"));
		}
		assertThat(visitor.get("/").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/login").body()).contains("name=\"_csrf\"", "登录");
	}

	@Test
	void aFarmerCannotOpenTheBureausPages() {
		for (String path : new String[] { "/bureau/producers", "/bureau/producers/" + own,
				"/bureau/certifications/expiring" }) {
			HttpResponse<String> answer = farmer.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(403);
			assertThat(answer.body()).as(path).contains("没有权限");
		}
		long before = registry.count("producer");
		assertThat(farmer.post("/bureau/producers", Map.of("name", "冒名合作社", "type", "INDIVIDUAL", "townCode", "yulin"))
			.statusCode()).isEqualTo(403);
		assertThat(registry.count("producer")).isEqualTo(before);
	}

	@Test
	void aFarmerCannotOpenOrWriteAnotherProducersLots() {
		assertThat(farmer.get("/farmer/lots").statusCode()).isEqualTo(200);
		for (String path : new String[] { "/farmer/lots/" + otherLot, "/farmer/lots?producerId=" + other,
				"/farmer/lots/new?producerId=" + other }) {
			HttpResponse<String> answer = farmer.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(403);
			assertThat(answer.body()).as(path).contains("没有权限").doesNotContain(otherLot);
		}
		long lots = registry.count("lot");
		long events = registry.count("trace_event");
		assertThat(farmer.post("/farmer/lots", Map.of("producerId", String.valueOf(other), "productCode", "XTSH-GRAPE",
				"harvestDate", LocalDate.now(clock).toString(), "quantityKg", "10", "unitPriceYuan", "1",
				"complianceBasis", "SELF_TEST")).statusCode()).isEqualTo(403);
		assertThat(farmer.post("/farmer/lots/" + otherLot + "/events", Map.of("type", "PACKED",
				"occurredAt", LocalDate.now(clock) + "T08:00", "location", "金河镇")).statusCode()).isEqualTo(403);
		assertThat(registry.count("lot")).isEqualTo(lots);
		assertThat(registry.count("trace_event")).isEqualTo(events);
	}

	@Test
	void theBureauMayOpenAnyProducersLots() {
		PageSession bureau = new PageSession(port).login("bureau", "bureau-demo");
		HttpResponse<String> lot = bureau.get("/farmer/lots/" + otherLot);
		assertThat(lot.statusCode()).isEqualTo(200);
		assertThat(lot.body()).contains(otherLot, "西讨速号葡萄", "金河镇");
		assertThat(bureau.get("/farmer/lots?producerId=" + other).body()).contains(otherLot);
		assertThat(bureau.get("/farmer/lots").body()).contains("选择生产主体");
	}

	@Test
	void anUnknownLotOrProducerIsAPageNotFound() {
		HttpResponse<String> lot = farmer.get("/farmer/lots/NO-SUCH-LOT");
		assertThat(lot.statusCode()).isEqualTo(404);
		assertThat(lot.body()).contains("没有找到");
		PageSession bureau = new PageSession(port).login("bureau", "bureau-demo");
		assertThat(bureau.get("/bureau/producers/999999").statusCode()).isEqualTo(404);
		HttpResponse<String> unknown = new PageSession(port).get("/no/such/page");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("没有找到");
	}

	/** A link with a value its parameter cannot have is a page in Chinese naming it, never problem JSON. */
	@Test
	void aLinkWithAValueItsParameterCannotHaveIsAChineseErrorPage() {
		PageSession bureau = new PageSession(port).login("bureau", "bureau-demo");
		HttpResponse<String> year = bureau.get("/bureau/indicator12?year=abc");
		assertThat(year.statusCode()).isEqualTo(400);
		assertThat(year.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(year.body()).contains("请求有误", "“年份”不能是“abc”").doesNotContain("\"status\"");
		HttpResponse<String> producer = bureau.get("/bureau/producers/abc");
		assertThat(producer.statusCode()).isEqualTo(400);
		assertThat(producer.body()).contains("“编号”不能是“abc”");
		HttpResponse<String> progress = bureau.get("/bureau/indicator12/runs/1");
		assertThat(progress.statusCode()).isEqualTo(400);
		assertThat(progress.body()).contains("链接缺少“年份”");
	}

	@Test
	void aFormPostWithoutItsCsrfTokenIsRefused() {
		long lots = registry.count("lot");
		assertThat(farmer.postRaw("/farmer/lots", Map.of("productCode", "TPZ-TOMATO", "harvestDate",
				LocalDate.now(clock).toString(), "quantityKg", "10", "unitPriceYuan", "1")).statusCode())
			.isEqualTo(403);
		assertThat(registry.count("lot")).isEqualTo(lots);
	}
}
