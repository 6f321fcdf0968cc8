package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the indicator needs of a lot: who grew what, when, and its value (already rounded to cents). */
record LotValue(long id, long producerId, String productCode, LocalDate harvestDate, BigDecimal valueYuan) {
}
