package cn.saihan.trace.indicator;

import java.math.BigDecimal;

/** How a year's headline share compares with the year before, at the 6 decimals both are kept to. */
public enum Trend {
	RISING, FLAT, FALLING;

	/** {@code null} when either share is unknown: no trend can be told then. */
	static Trend of(BigDecimal share, BigDecimal previousYearShare) {
		if (share == null || previousYearShare == null) {
			return null;
		}
		int comparison = share.compareTo(previousYearShare);
		return comparison > 0 ? RISING : comparison == 0 ? FLAT : FALLING;
	}
}
