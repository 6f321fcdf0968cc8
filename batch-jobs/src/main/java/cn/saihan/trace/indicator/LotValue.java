package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.util.Map;

import cn.saihan.trace.certification.CertificationType;

/**
 * What the indicator needs of a lot: who grew what, its value (already rounded to cents), quantity and
 * unit price, per type the kg its approved output covers (§2.9), and whether it was recalled (§2.10:
 * then certified of nothing; a held lot still counts).
 */
record LotValue(long id, long producerId, String productCode, BigDecimal valueYuan, BigDecimal quantityKg,
		BigDecimal unitPriceYuan, Map<CertificationType, BigDecimal> certifiedKg, boolean recalled) {
}
