package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.system.PlausibleDate;

/**
 * The checks a lot must pass before it is stored, in one place for every way a lot enters the
 * registry (§2.5): a known producer and product, a harvest not in the future nor before 2000
 * ({@link PlausibleDate#FIRST}), a positive quantity and a price not negative, each within what a
 * harvest can be ({@link LotLimits}, configured) and the digits the table keeps, a lot code of the
 * right shape, plot and village of at most 100 characters of plain text ({@link PlainText}). The
 * references are answered from what the registration looked up once for the whole call; whether a
 * code is free is decided there too, for the same reason.
 */
final class LotRules {

	static final int MAX_TEXT = 100;

	private LotRules() {
	}

	/** The producers and products a call refers to, each looked up once for the whole call. */
	interface References {

		boolean producerExists(long producerId);

		boolean productKnown(String productCode);
	}

	/** Every rule the lot breaks, field by field in the order of a request; empty when it may be stored. */
	static List<FieldProblem> check(NewLot lot, References known, LocalDate today, LotLimits limits) {
		List<FieldProblem> problems = new ArrayList<>(0);
		if (lot.producerId() == null) {
			problems.add(LotRefusal.PRODUCER_REQUIRED.at("producerId"));
		}
		else if (!known.producerExists(lot.producerId())) {
			problems.add(LotRefusal.PRODUCER_UNKNOWN.at("producerId"));
		}
		if (lot.productCode() == null || lot.productCode().isBlank()) {
			problems.add(LotRefusal.PRODUCT_REQUIRED.at("productCode"));
		}
		else if (!known.productKnown(lot.productCode())) {
			problems.add(LotRefusal.PRODUCT_UNKNOWN.at("productCode"));
		}
		if (lot.harvestDate() == null) {
			problems.add(LotRefusal.HARVEST_DATE_REQUIRED.at("harvestDate"));
		}
		else if (lot.harvestDate().isAfter(today)) {
			problems.add(LotRefusal.HARVEST_IN_FUTURE.at("harvestDate"));
		}
		else if (!PlausibleDate.Check.holds(lot.harvestDate())) {
			problems.add(LotRefusal.HARVEST_TOO_EARLY.at("harvestDate", PlausibleDate.FIRST));
		}
		BigDecimal quantity = lot.quantityKg();
		if (quantity == null) {
			problems.add(LotRefusal.QUANTITY_REQUIRED.at("quantityKg"));
		}
		else if (quantity.signum() <= 0) {
			problems.add(LotRefusal.QUANTITY_NOT_POSITIVE.at("quantityKg"));
		}
		else if (quantity.compareTo(limits.maxQuantityKg()) > 0) {
			problems.add(LotRefusal.QUANTITY_TOO_LARGE.at("quantityKg", limits.maxQuantityKg()));
		}
		else if (!withinDigits(quantity, 9, 3)) {
			problems.add(LotRefusal.QUANTITY_DIGITS.at("quantityKg"));
		}
		BigDecimal price = lot.unitPriceYuan();
		if (price == null) {
			problems.add(LotRefusal.PRICE_REQUIRED.at("unitPriceYuan"));
		}
		else if (price.signum() < 0) {
			problems.add(LotRefusal.PRICE_NEGATIVE.at("unitPriceYuan"));
		}
		else if (price.compareTo(limits.maxUnitPriceYuan()) > 0) {
			problems.add(LotRefusal.PRICE_TOO_HIGH.at("unitPriceYuan", limits.maxUnitPriceYuan()));
		}
		else if (!withinDigits(price, 7, 4)) {
			problems.add(LotRefusal.PRICE_DIGITS.at("unitPriceYuan"));
		}
		if (lot.lotCode() != null && !LotCode.isValid(lot.lotCode())) {
			problems.add(LotRefusal.CODE_SHAPE.at("lotCode"));
		}
		if (lot.plot() != null && lot.plot().length() > MAX_TEXT) {
			problems.add(LotRefusal.PLOT_TOO_LONG.at("plot"));
		}
		else if (PlainText.Check.problem(lot.plot(), false) != null) {
			problems.add(LotRefusal.TEXT_NOT_PLAIN.at("plot"));
		}
		if (lot.village() != null && lot.village().length() > MAX_TEXT) {
			problems.add(LotRefusal.VILLAGE_TOO_LONG.at("village"));
		}
		else if (PlainText.Check.problem(lot.village(), false) != null) {
			problems.add(LotRefusal.TEXT_NOT_PLAIN.at("village"));
		}
		return problems;
	}

	/**
	 * Whether a decimal fits the column: at most {@code integer} digits before the point and
	 * {@code fraction} after it, trailing zeros not counted ({@code 1.2000} has one).
	 */
	static boolean withinDigits(BigDecimal value, int integer, int fraction) {
		BigDecimal stripped = value.scale() > fraction ? value.stripTrailingZeros() : value;
		return stripped.precision() - stripped.scale() <= integer && Math.max(stripped.scale(), 0) <= fraction;
	}
}
