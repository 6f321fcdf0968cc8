package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the indicator needs of a lot: who grew what, when, its value (already rounded to cents), and
 * whether it was recalled (§2.10: then certified of nothing; a held lot still counts).
 */
record LotValue(long id, long producerId, String productCode, LocalDate harvestDate, BigDecimal valueYuan,
		boolean recalled) {
}
