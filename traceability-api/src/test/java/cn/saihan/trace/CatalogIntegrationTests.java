package cn.saihan.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.gs1.Gtin;
import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;
import tools.jackson.databind.JsonNode;

@TraceIntegrationTest
class CatalogIntegrationTests {

	@Autowired
	RegistryClient registry;

	@Test
	void listsTheElevenTownsOfSaihanWithChineseNames() {
		JsonNode towns = registry.get("/api/v1/towns");
		assertThat(towns).hasSize(11);
		assertThat(towns.findValuesAsString("code")).contains("yulin", "huangheshao", "jinhe", "renminlu");
		assertThat(towns.findValuesAsString("nameZh")).contains("榆林镇", "黄合少镇", "金河镇");
	}

	@Test
	void seedsTheSpecialtyProductsWithValidGtins() {
		JsonNode products = registry.get("/api/v1/products");
		assertThat(products.findValuesAsString("code")).contains("TPZ-TOMATO", "HST-PITAYA", "SYBL-MELON",
				"GCL-PUMPKIN", "GDL-STRAWBERRY", "XTSH-GRAPE", "QGT-PERILLA", "BY-BITTERGOURD", "ML-FLOWER");
		for (JsonNode product : products) {
			assertThat(Gtin.isValid(product.get("gtin").asString())).as(product.toString()).isTrue();
		}
		assertThat(products.findValuesAsString("gtin")).doesNotHaveDuplicates();
	}

	@Test
	void assignsTheNextFreeGtinUnderTheCompanyPrefixWhenNoneIsGiven() {
		JsonNode first = registry.post("/api/v1/products",
				Map.of("code", "SH-POTATO", "nameZh", "赛罕马铃薯", "category", "VEGETABLE"));
		JsonNode second = registry.post("/api/v1/products",
				Map.of("code", "SH-CARROT", "nameZh", "赛罕胡萝卜", "category", "VEGETABLE"));

		String gtin = first.get("gtin").asString();
		assertThat(gtin).startsWith("06901234").hasSize(14);
		assertThat(Gtin.isValid(gtin)).isTrue();
		assertThat(second.get("gtin").asString()).isNotEqualTo(gtin).satisfies(g -> assertThat(Gtin.isValid(g)).isTrue());
	}

	@Test
	void padsAGivenGtin13ToFourteenDigits() {
		JsonNode product = registry.post("/api/v1/products",
				Map.of("code", "SH-ONION", "nameZh", "洋葱", "category", "VEGETABLE", "gtin", "9501101530003"));
		assertThat(product.get("gtin").asString()).isEqualTo("09501101530003");
	}

	@Test
	void refusesAGtinWithAWrongCheckDigitAndStoresNothing() {
		var before = registry.counts();
		registry.asBureau().post().uri("/api/v1/products").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", "SH-LEEK", "nameZh", "大葱", "category", "VEGETABLE", "gtin", "06901234567893"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("gtin");
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void refusesADuplicateProductCodeOrGtinWithConflict() {
		var before = registry.counts();
		registry.asBureau().post().uri("/api/v1/products").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", "TPZ-TOMATO", "nameZh", "番茄", "category", "VEGETABLE"))
			.exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
		registry.asBureau().post().uri("/api/v1/products").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", "SH-TOMATO2", "nameZh", "番茄", "category", "VEGETABLE", "gtin", "06901234000016"))
			.exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("gtin");
		assertThat(registry.counts()).isEqualTo(before);
	}

	@Test
	void writesNeedTheBureauLogin() {
		var before = registry.counts();
		registry.anonymous().post().uri("/api/v1/products").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", "SH-BEAN", "nameZh", "豆", "category", "VEGETABLE"))
			.exchange().expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.status").isEqualTo(401);
		registry.anonymous().post().uri("/api/v1/products").contentType(MediaType.APPLICATION_JSON)
			.headers(h -> h.setBasicAuth("bureau", "wrong"))
			.body(Map.of("code", "SH-BEAN", "nameZh", "豆", "category", "VEGETABLE"))
			.exchange().expectStatus().isUnauthorized();
		assertThat(registry.counts()).isEqualTo(before);
	}
}
