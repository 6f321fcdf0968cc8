package cn.saihan.trace.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.brand.BrandRule.BrandedLot;

/** §2.11 case by case: which brands a lot bears, decided by the registry alone. */
class BrandRuleTests {

	static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

	static final LocalDate HARVEST = LocalDate.of(2025, 7, 18);

	static final long GROWER = 7;

	final Brand tomato = regional("TPZ", Set.of("yulin"), Set.of());

	final Brand pitaya = regional("HST", Set.of("jinhe"), Set.of("黑沙图村"));

	final Brand farmOwn = new Brand("DGZ", "东干丈", BrandKind.ENTERPRISE, null, GROWER, null, Set.of("TPZ-TOMATO"),
			Set.of(), Set.of(), NOW);

	@Test
	void aLicensedLotOfTheBrandsProductGrownInItsOriginAreaBearsIt() {
		assertThat(BrandRule.brandsOf(lot("TPZ-TOMATO", "yulin", null), List.of(tomato),
				List.of(licence("TPZ", HARVEST, HARVEST)))).containsExactly(tomato);
	}

	@Test
	void aLotGrownOutsideTheOriginAreaBearsNoRegionalBrandWhateverItsLicence() {
		assertThat(BrandRule.bears(lot("TPZ-TOMATO", "jinhe", null), tomato,
				List.of(licence("TPZ", HARVEST.minusYears(1), HARVEST.plusYears(1))))).isFalse();
	}

	@Test
	void whereTheBrandNamesVillagesTheLotsVillageMustBeOneOfThem() {
		List<Licence> licensed = List.of(licence("HST", HARVEST, HARVEST));
		assertThat(BrandRule.bears(lot("HST-PITAYA", "jinhe", "黑沙图村"), pitaya, licensed)).isTrue();
		assertThat(BrandRule.bears(lot("HST-PITAYA", "jinhe", " 黑沙图村 "), pitaya, licensed)).isTrue();
		assertThat(BrandRule.bears(lot("HST-PITAYA", "jinhe", "西把栅村"), pitaya, licensed)).isFalse();
		assertThat(BrandRule.bears(lot("HST-PITAYA", "jinhe", null), pitaya, licensed)).isFalse();
		// The village alone is not the area: the town must be the brand's too.
		assertThat(BrandRule.bears(lot("HST-PITAYA", "yulin", "黑沙图村"), pitaya, licensed)).isFalse();
	}

	@Test
	void theLicenceMustBeValidOnTheHarvestDateBothEndsIncluded() {
		assertThat(BrandRule.bears(lot("TPZ-TOMATO", "yulin", null), tomato,
				List.of(licence("TPZ", HARVEST, HARVEST.plusDays(30))))).isTrue();
		assertThat(BrandRule.bears(lot("TPZ-TOMATO", "yulin", null), tomato,
				List.of(licence("TPZ", HARVEST.minusDays(30), HARVEST)))).isTrue();
		assertThat(BrandRule.bears(lot("TPZ-TOMATO", "yulin", null), tomato,
				List.of(licence("TPZ", HARVEST.plusDays(1), HARVEST.plusDays(30))))).isFalse();
		assertThat(BrandRule.bears(lot("TPZ-TOMATO", "yulin", null), tomato,
				List.of(licence("TPZ", HARVEST.minusDays(30), HARVEST.minusDays(1))))).isFalse();
	}

	@Test
	void aLicenceOfAnotherBrandOrAnotherProducerOrAProductNotTheBrandsGivesNothing() {
		assertThat(BrandRule.bears(lot("TPZ-TOMATO", "yulin", null), tomato,
				List.of(licence("HST", HARVEST, HARVEST)))).isFalse();
		Licence others = Licence.granted("TPZ", GROWER + 1, HARVEST, HARVEST, NOW, "bureau");
		assertThat(BrandRule.bears(lot("TPZ-TOMATO", "yulin", null), tomato, List.of(others))).isFalse();
		assertThat(BrandRule.bears(lot("GCL-PUMPKIN", "yulin", null), tomato,
				List.of(licence("TPZ", HARVEST, HARVEST)))).isFalse();
	}

	@Test
	void anApplicationNotYetApprovedOrARejectedOneGivesNothing() {
		Licence applied = Licence.applied("TPZ", GROWER, HARVEST, HARVEST, NOW, "farmer");
		assertThat(BrandRule.bears(lot("TPZ-TOMATO", "yulin", null), tomato, List.of(applied))).isFalse();
		applied.reject(NOW, "bureau", "土壤检测未通过");
		assertThat(BrandRule.bears(lot("TPZ-TOMATO", "yulin", null), tomato, List.of(applied))).isFalse();
	}

	@Test
	void aRevokedLicenceCoversLotsHarvestedBeforeItsRevocationOnly() {
		Licence licence = licence("TPZ", HARVEST.minusDays(100), HARVEST.plusDays(100));
		licence.revoke(HARVEST, "违规使用");
		assertThat(BrandRule.bears(lot("TPZ-TOMATO", "yulin", null), tomato, List.of(licence))).isFalse();
		BrandedLot earlier = new BrandedLot(GROWER, "TPZ-TOMATO", HARVEST.minusDays(1), "yulin", null);
		assertThat(BrandRule.bears(earlier, tomato, List.of(licence))).isTrue();
	}

	@Test
	void anEnterpriseBrandIsBorneOnItsOwnersLotsOfItsProductsOnlyAndNeedsNoLicence() {
		assertThat(BrandRule.bears(lot("TPZ-TOMATO", "jinhe", null), farmOwn, List.of())).isTrue();
		BrandedLot anothers = new BrandedLot(GROWER + 1, "TPZ-TOMATO", HARVEST, "yulin", null);
		assertThat(BrandRule.bears(anothers, farmOwn, List.of(Licence.granted("DGZ", GROWER + 1, HARVEST, HARVEST,
				NOW, "bureau")))).isFalse();
		assertThat(BrandRule.bears(lot("GCL-PUMPKIN", "yulin", null), farmOwn, List.of())).isFalse();
	}

	@Test
	void aLotBearsEveryBrandItQualifiesForInCodeOrder() {
		Brand tomatoes = regional("A-TOMATO", Set.of("yulin"), Set.of());
		assertThat(BrandRule.brandsOf(lot("TPZ-TOMATO", "yulin", null), List.of(tomato, farmOwn, tomatoes),
				List.of(licence("TPZ", HARVEST, HARVEST), licence("A-TOMATO", HARVEST, HARVEST))))
			.extracting(Brand::getCode).containsExactly("A-TOMATO", "DGZ", "TPZ");
	}

	private static Brand regional(String code, Set<String> towns, Set<String> villages) {
		return new Brand(code, code, BrandKind.REGIONAL_PUBLIC, "赛罕区农牧局", null, null,
				Set.of("TPZ-TOMATO", "HST-PITAYA"), towns, villages, NOW);
	}

	private static Licence licence(String brand, LocalDate from, LocalDate to) {
		return Licence.granted(brand, GROWER, from, to, NOW, "bureau");
	}

	private static BrandedLot lot(String product, String town, String village) {
		return new BrandedLot(GROWER, product, HARVEST, town, village);
	}
}
