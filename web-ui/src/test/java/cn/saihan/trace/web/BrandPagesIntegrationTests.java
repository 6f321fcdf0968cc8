package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.testing.RegistryClient;
import tools.jackson.databind.JsonNode;

/**
 * The bureau registers a brand on its page, a producer of the origin area applies for a licence on
 * its own, the bureau rejects an application only with a reason and approves another; from then on
 * the consumer page of the producer's lot shows the brand above the certificates, and a lot of a
 * producer outside the area shows none.
 */
@PageIntegrationTest
class BrandPagesIntegrationTests {

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	RegistryClient registry;

	@Autowired
	Clock clock;

	@Test
	void theBureauRegistersABrandAProducerAppliesAndTheConsumerPageShowsTheBrand() {
		LocalDate today = LocalDate.now(clock);
		String code = "TPZ-PAGE" + SEQUENCE.incrementAndGet();
		PageSession bureau = new PageSession(port).login(RegistryClient.BUREAU_USER, RegistryClient.BUREAU_PASSWORD);
		assertThat(bureau.get("/bureau/brands").body()).contains("登记品牌");

		// A regional brand without its origin area: refused next to the field, in Chinese, nothing stored.
		long brandsBefore = registry.count("brand");
		HttpResponse<String> refused = bureau.post("/bureau/brands", Map.of("code", code, "nameZh", "太平庄西红柿",
				"kind", "REGIONAL_PUBLIC", "ownerName", "赛罕区蔬菜产业协会", "productCodes", "TPZ-TOMATO"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("区域公用品牌必须选择产地范围的镇街", "value=\"太平庄西红柿\"");
		assertThat(registry.count("brand")).isEqualTo(brandsBefore);

		HttpResponse<String> registered = bureau.post("/bureau/brands", Map.of("code", code, "nameZh", "太平庄西红柿",
				"kind", "REGIONAL_PUBLIC", "ownerName", "赛罕区蔬菜产业协会", "productCodes", "TPZ-TOMATO",
				"originTowns", "yulin", "story", "大青山下沙壤土，昼夜温差大，果实沙甜。"));
		assertThat(registered.statusCode()).isEqualTo(302);
		assertThat(registered.headers().firstValue("Location").orElseThrow()).endsWith("/bureau/brands/" + code);
		assertThat(bureau.get("/bureau/brands/" + code).body()).contains("品牌已登记", "榆林镇", "赛罕区蔬菜产业协会");
		assertThat(bureau.post("/bureau/brands", Map.of("code", code, "nameZh", "又一个", "kind", "REGIONAL_PUBLIC",
				"ownerName", "协会", "productCodes", "TPZ-TOMATO", "originTowns", "yulin")).body())
			.contains("品牌代码 " + code + " 已被使用");

		// A producer of 榆林镇 applies on its own page: dates in the wrong order are refused first.
		long grower = registry.producer("东干丈番茄合作社", "yulin");
		registry.post("/api/v1/producers/" + grower + "/account", Map.of("username", "tpz-" + grower, "password",
				"fanqie-2025"));
		PageSession farmer = new PageSession(port).login("tpz-" + grower, "fanqie-2025");
		assertThat(farmer.get("/farmer/brands").body()).contains("太平庄西红柿", "申请授权");
		HttpResponse<String> backwards = farmer.post("/farmer/brands/" + code + "/application", Map.of("producerId",
				String.valueOf(grower), "validFrom", today.toString(), "validTo", today.minusDays(1).toString()));
		assertThat(backwards.statusCode()).isEqualTo(200);
		assertThat(backwards.body()).contains("不能早于起始日期");
		assertThat(registry.count("brand_licence")).isZero();
		assertThat(farmer.post("/farmer/brands/" + code + "/application", Map.of("producerId", String.valueOf(grower),
				"validFrom", today.minusDays(30).toString(), "validTo", today.plusYears(1).toString())).statusCode())
			.isEqualTo(302);
		assertThat(farmer.get("/farmer/brands").body()).contains("待审核");

		// The bureau sees it waiting; a rejection needs a reason; approval makes the lot branded.
		assertThat(bureau.get("/bureau/brands").body()).contains("待审核的授权申请", "东干丈番茄合作社");
		long licence = registry.getAsBureau("/api/v1/brands/" + code + "/licences").get("content").get(0).get("id").asLong();
		bureau.post("/bureau/licences/" + licence + "/rejection", Map.of("reason", " "));
		assertThat(bureau.get("/bureau/brands/" + code).body()).contains("必须填写理由");
		assertThat(status(code, 0)).isEqualTo("APPLIED");
		bureau.post("/bureau/licences/" + licence + "/approval", Map.of());
		assertThat(bureau.get("/bureau/brands/" + code).body()).contains("授权申请已批准");
		assertThat(status(code, 0)).isEqualTo("APPROVED");

		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>"
			.getBytes(StandardCharsets.UTF_8);
		// On the brand's page: a script in an SVG is refused, in Chinese; a plain one is kept.
		bureau.postFile("/bureau/brands/" + code + "/logo", "file",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
				"logo.svg");
		assertThat(bureau.get("/bureau/brands/" + code).body()).contains("SVG 中含有脚本");
		assertThat(registry.count("brand_logo")).isZero();
		assertThat(bureau.postFile("/bureau/brands/" + code + "/logo", "file", svg, "logo.svg").statusCode()).isEqualTo(302);
		assertThat(bureau.get("/bureau/brands/" + code).body()).contains("标识已保存", "/api/v1/brands/" + code + "/logo?v=");

		String branded = registry.get("/api/v1/lots/" + lotWithLabel(grower, today).lotCode()).toString();
		assertThat(branded).contains("\"brands\":[{\"code\":\"" + code + "\"");
		String page = new PageSession(port).get(lotWithLabel(grower, today).path()).body();
		assertThat(page).contains("id=\"brands\"", "太平庄西红柿", "所有者：赛罕区蔬菜产业协会",
				"授权有效期至 " + today.plusYears(1), "大青山下沙壤土", "/api/v1/brands/" + code + "/logo?v=",
				"href=\"/brands/" + code + "\"");
		assertThat(page.indexOf("id=\"brands\"")).isLessThan(page.indexOf("id=\"certifications\""));

		long outside = registry.producer("金河番茄户", "jinhe");
		String unbranded = new PageSession(port).get(lotWithLabel(outside, today).path()).body();
		assertThat(unbranded).doesNotContain("id=\"brands\"", "太平庄西红柿");

		String brandPage = new PageSession(port).get("/brands/" + code).body();
		assertThat(brandPage).contains("太平庄西红柿", "赛罕区蔬菜产业协会", "榆林镇", "东干丈番茄合作社");
	}

	private String status(String code, int index) {
		return registry.getAsBureau("/api/v1/brands/" + code + "/licences").get("content").get(index).get("status").asString();
	}

	private Labelled lotWithLabel(long producer, LocalDate harvest) {
		JsonNode lot = registry.lot(producer, "TPZ-TOMATO", harvest, "100", "6");
		String lotCode = lot.get("lotCode").asString();
		String uri = registry.post("/api/v1/lots/" + lotCode + "/labels", Map.of("count", 1)).get("labels").get(0)
			.get("uri").asString();
		return new Labelled(lotCode, DigitalLink.parse(uri).path());
	}

	record Labelled(String lotCode, String path) {
	}
}
