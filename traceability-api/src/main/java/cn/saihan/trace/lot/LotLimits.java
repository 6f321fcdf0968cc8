package cn.saihan.trace.lot;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one harvest lot can be, under {@code trace.lots.*}: bounds for every way a lot enters (the API,
 * the farmer's page, an import, a transformation's output), checked by {@link LotRules}. The columns
 * hold more (999,999,999.999 kg at 9,999,999.9999 yuan); no harvest is that, and such figures only
 * make statistics meaningless. The bounds may be set up to what the columns hold, no further.
 *
 * @param maxQuantityKg the largest quantity of one lot, in kg (default 1,000,000 kg: a thousand tonnes)
 * @param maxUnitPriceYuan the highest unit price, in yuan per kg (default 10,000)
 */
@ConfigurationProperties("trace.lots")
public record LotLimits(@DefaultValue("1000000") BigDecimal maxQuantityKg,
		@DefaultValue("10000") BigDecimal maxUnitPriceYuan) {

	/** What {@code lot.quantity_kg}, NUMERIC(12, 3), holds. */
	static final BigDecimal COLUMN_MAX_QUANTITY_KG = new BigDecimal("999999999.999");

	/** What {@code lot.unit_price_yuan}, NUMERIC(11, 4), holds. */
	static final BigDecimal COLUMN_MAX_UNIT_PRICE_YUAN = new BigDecimal("9999999.9999");

	public LotLimits {
		if (maxQuantityKg.signum() <= 0 || maxQuantityKg.compareTo(COLUMN_MAX_QUANTITY_KG) > 0) {
			throw new IllegalArgumentException("trace.lots.max-quantity-kg must be above 0 and at most "
					+ COLUMN_MAX_QUANTITY_KG.toPlainString() + ", not " + maxQuantityKg.toPlainString());
		}
		if (maxUnitPriceYuan.signum() < 0 || maxUnitPriceYuan.compareTo(COLUMN_MAX_UNIT_PRICE_YUAN) > 0) {
			throw new IllegalArgumentException("trace.lots.max-unit-price-yuan must be from 0 to "
					+ COLUMN_MAX_UNIT_PRICE_YUAN.toPlainString() + ", not " + maxUnitPriceYuan.toPlainString());
		}
	}

	/** The defaults, for checks made outside the application (tests). */
	static LotLimits defaults() {
		return new LotLimits(new BigDecimal("1000000"), new BigDecimal("10000"));
	}
}
