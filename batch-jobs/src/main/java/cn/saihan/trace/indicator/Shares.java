package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares are exact fractions of exact money, rounded once, half-up, to 6 decimals. */
final class Shares {

	static final int SCALE = 6;

	private Shares() {
	}

	/** {@code null} when there is nothing to divide by: a share of no output is not zero, it is unknown. */
	static BigDecimal of(BigDecimal part, BigDecimal whole) {
		if (whole == null || whole.signum() == 0) {
			return null;
		}
		return part.divide(whole, SCALE, RoundingMode.HALF_UP);
	}
}
