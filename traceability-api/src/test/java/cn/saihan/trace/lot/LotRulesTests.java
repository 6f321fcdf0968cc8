package cn.saihan.trace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.saihan.trace.system.FieldProblem;

class LotRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 7, 18);

	/** Producer 1 and the tomato exist, nothing else. */
	private static final LotRules.References KNOWN = new LotRules.References() {
		@Override
		public boolean producerExists(long producerId) {
			return producerId == 1;
		}

		@Override
		public boolean productKnown(String productCode) {
			return "TPZ-TOMATO".equals(productCode);
		}
	};

	private static NewLot lot(Long producerId, String product, LocalDate harvest, String kg, String yuan, String code) {
		return NewLot.harvest(producerId, product, harvest, kg == null ? null : new BigDecimal(kg),
				yuan == null ? null : new BigDecimal(yuan), code, null, null, null);
	}

	/** Bounds as wide as the columns, so that the digits the columns keep decide. */
	private static final LotLimits COLUMNS = new LotLimits(LotLimits.COLUMN_MAX_QUANTITY_KG,
			LotLimits.COLUMN_MAX_UNIT_PRICE_YUAN);

	private static List<String> codes(NewLot lot) {
		return codes(lot, LotLimits.defaults());
	}

	private static List<String> codes(NewLot lot, LotLimits limits) {
		return LotRules.check(lot, KNOWN, TODAY, limits).stream().map(problem -> problem.field() + " " + problem.code())
			.toList();
	}

	@Test
	void aLotWithinEveryRulePasses() {
		assertThat(codes(lot(1L, "TPZ-TOMATO", TODAY, "1200.5", "0", "TPZ-A1"))).isEmpty();
	}

	@Test
	void eachMissingValueIsNamedAtOnce() {
		assertThat(codes(lot(null, null, null, null, null, null))).containsExactly(
				"producerId LotRefusal.PRODUCER_REQUIRED", "productCode LotRefusal.PRODUCT_REQUIRED",
				"harvestDate LotRefusal.HARVEST_DATE_REQUIRED", "quantityKg LotRefusal.QUANTITY_REQUIRED",
				"unitPriceYuan LotRefusal.PRICE_REQUIRED");
	}

	@Test
	void referencesDatesAmountsAndCodesAreChecked() {
		assertThat(codes(lot(2L, "MARS-POTATO", TODAY.plusDays(1), "0", "-0.01", "tpz_1"))).containsExactly(
				"producerId LotRefusal.PRODUCER_UNKNOWN", "productCode LotRefusal.PRODUCT_UNKNOWN",
				"harvestDate LotRefusal.HARVEST_IN_FUTURE", "quantityKg LotRefusal.QUANTITY_NOT_POSITIVE",
				"unitPriceYuan LotRefusal.PRICE_NEGATIVE", "lotCode LotRefusal.CODE_SHAPE");
		NewLot longTexts = NewLot.harvest(1L, "TPZ-TOMATO", TODAY, BigDecimal.ONE, BigDecimal.ONE, null, "棚".repeat(101),
				"村".repeat(101), null);
		assertThat(LotRules.check(longTexts, KNOWN, TODAY, LotLimits.defaults())).extracting(FieldProblem::field)
			.containsExactly("plot", "village");
	}

	@ParameterizedTest
	@CsvSource({ "999999999.999, true", "1.2000, true", "1000000000, false", "1.0001, false", "1E+8, true",
			"1E+9, false" })
	void aQuantityHasAtMostNineDigitsBeforeThePointAndThreeAfter(String quantity, boolean fits) {
		assertThat(codes(lot(1L, "TPZ-TOMATO", TODAY, quantity, "1", null), COLUMNS).isEmpty()).isEqualTo(fits);
	}

	@ParameterizedTest
	@CsvSource({ "9999999.9999, true", "0.12340, true", "10000000, false", "0.00001, false" })
	void aPriceHasAtMostSevenDigitsBeforeThePointAndFourAfter(String price, boolean fits) {
		assertThat(codes(lot(1L, "TPZ-TOMATO", TODAY, "1", price, null), COLUMNS).isEmpty()).isEqualTo(fits);
	}

	@Test
	void aHarvestIsNoLargerNorDearerThanTheConfiguredBoundsAndNotBefore2000() {
		assertThat(codes(lot(1L, "TPZ-TOMATO", TODAY, "1000000", "10000", null))).isEmpty();
		assertThat(codes(lot(1L, "TPZ-TOMATO", TODAY, "1000000.001", "10000.0001", null))).containsExactly(
				"quantityKg LotRefusal.QUANTITY_TOO_LARGE", "unitPriceYuan LotRefusal.PRICE_TOO_HIGH");
		assertThat(codes(lot(1L, "TPZ-TOMATO", TODAY, "50", "5", null),
				new LotLimits(new BigDecimal("40"), new BigDecimal("4")))).containsExactly(
						"quantityKg LotRefusal.QUANTITY_TOO_LARGE", "unitPriceYuan LotRefusal.PRICE_TOO_HIGH");
		assertThat(codes(lot(1L, "TPZ-TOMATO", LocalDate.of(1999, 12, 31), "1", "1", null)))
			.containsExactly("harvestDate LotRefusal.HARVEST_TOO_EARLY");
		assertThat(codes(lot(1L, "TPZ-TOMATO", LocalDate.of(2000, 1, 1), "1", "1", null))).isEmpty();
	}

	@Test
	void noBoundMayPassWhatTheColumnsHold() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new LotLimits(new BigDecimal("1000000000"), BigDecimal.TEN));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new LotLimits(BigDecimal.TEN, new BigDecimal("10000000")));
	}
}
