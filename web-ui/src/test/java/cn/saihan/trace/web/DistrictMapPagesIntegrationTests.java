package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The district map in a real Chromium: every town drawn from the shipped schematic, shaded by this
 * year's output, the zones and brands' origin areas marked where they lie, and nothing loaded from
 * outside the application.
 */
class DistrictMapPagesIntegrationTests extends BrowserPageTests {

	@Test
	void theMapDrawsEveryTownWithItsOutputZonesAndBrandsFromTheApplicationAlone() {
		LocalDate today = LocalDate.now(clock);
		long grower = registry.producer("太平庄番茄专业合作社", "huangheshao");
		registry.lot(grower, "TPZ-TOMATO", today, "10000", "5");
		String zone = "TPZ-MAP" + Long.toString(System.nanoTime(), 36).toUpperCase();
		registry.post("/api/v1/zones", Map.of("code", zone, "nameZh", "太平庄番茄优势区", "productCode", "TPZ-TOMATO",
				"towns", List.of("huangheshao"), "level", "REGION", "status", "CREATING", "statusSince",
				today.minusMonths(3).toString()));
		registry.post("/api/v1/brands", Map.of("code", "TPZ-MAPB" + Long.toString(System.nanoTime(), 36).toUpperCase(),
				"nameZh", "太平庄西红柿", "kind", "REGIONAL_PUBLIC", "ownerName", "赛罕区农牧水利局",
				"productCodes", List.of("TPZ-TOMATO"), "originTowns", List.of("huangheshao")));

		browser.signOut().open("/map");
		assertThat(browser.text(".lead")).startsWith(today.getYear() + " 年");
		assertThat(browser.all("#district-map g.town")).hasSize(11);
		String huangheshao = "#district-map g.town[data-town='huangheshao']";
		assertThat(browser.find(huangheshao).getDomAttribute("class")).doesNotContain("shade-0");
		assertThat(browser.text(huangheshao)).contains("黄合少镇", "万元", "◆", "★");
		assertThat(browser.find("#district-map g.town[data-town='renminlu']").getDomAttribute("class"))
			.contains("shade-0");
		assertThat(browser.text("#zones li[data-code='" + zone + "']")).contains("太平庄番茄优势区", "创建中", "自治区级",
				"黄合少镇");
		assertThat(browser.text("#towns li[data-town='huangheshao']")).contains("太平庄西红柿", "太平庄番茄优势区");
		// Drawn on the server from the shipped schematic: no script, and nothing fetched from elsewhere.
		assertThat(browser.script("return document.scripts.length")).isEqualTo(0L);
		@SuppressWarnings("unchecked")
		List<String> fetched = (List<String>) browser.script(
				"return performance.getEntriesByType('resource').map(e => e.name)");
		assertThat(fetched).allSatisfy(url -> assertThat(url).startsWith("http://localhost:" + port));
		browser.screenshot("district-map-zh");
	}
}
