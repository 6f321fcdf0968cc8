package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.util.Map;

import cn.saihan.trace.certification.CertificationType;

/**
 * What the indicator needs of a lot: who grew what, its value (already rounded to cents), quantity and
 * unit price, and per type the rule of §2.8 certifies it of, the kg its approved output covers (§2.9).
 */
record LotValue(long id, long producerId, String productCode, BigDecimal valueYuan, BigDecimal quantityKg,
		BigDecimal unitPriceYuan, Map<CertificationType, BigDecimal> certifiedKg) {
}
