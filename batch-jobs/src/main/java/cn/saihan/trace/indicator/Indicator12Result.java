package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.saihan.trace.certification.CertificationType;

/**
 * A year's indicator 12 as the last finished run computed it.
 *
 * @param byCertType value and share per certificate type; a lot certified of two types counts in both
 * @param byTown each town with lots or an official figure, with its own denominator
 * @param byProduct each product with lots; its share is of the product's own registered value
 */
public record Indicator12Result(int year, long jobExecutionId, DenominatorBasis denominatorBasis,
		BigDecimal denominatorYuan, BigDecimal greenOrganicValueYuan, BigDecimal share, BigDecimal sanpinValueYuan,
		BigDecimal sanpinShare, Map<CertificationType, TypeShare> byCertType, List<TownShare> byTown,
		List<ProductShare> byProduct, BigDecimal previousYearShare, Trend trend, long lotCount,
		OffsetDateTime computedAt) {

	public record TypeShare(BigDecimal valueYuan, BigDecimal share) {
	}

	public record TownShare(String townCode, DenominatorBasis denominatorBasis, BigDecimal denominatorYuan,
			BigDecimal valueYuan, BigDecimal greenOrganicValueYuan, BigDecimal share) {
	}

	public record ProductShare(String productCode, BigDecimal valueYuan, BigDecimal greenOrganicValueYuan,
			BigDecimal share) {
	}
}
