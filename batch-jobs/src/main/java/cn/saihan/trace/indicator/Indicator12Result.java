package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.saihan.trace.certification.CertificationType;

/**
 * A year's indicator 12 as the last finished run computed it, from certified values (spec §2.8, §2.9).
 *
 * @param greenOrganicSpecialtyValueYuan the plan's appendix wording (绿色、有机、名特优): each lot's larger
 * certified value of green, organic and 名特优新; {@code null} in results computed before it existed
 * @param overApprovedValueYuan value registered as green or organic beyond the approved output
 * @param byCertType value and share per certificate type; a lot certified of two types counts in both
 * @param byTown each town with lots or an official figure, with its own denominator
 * @param byProduct each product with lots; its share is of the product's own registered value
 */
public record Indicator12Result(int year, long jobExecutionId, DenominatorBasis denominatorBasis,
		BigDecimal denominatorYuan, BigDecimal greenOrganicValueYuan, BigDecimal share, BigDecimal sanpinValueYuan,
		BigDecimal sanpinShare, BigDecimal greenOrganicSpecialtyValueYuan, BigDecimal greenOrganicSpecialtyShare,
		BigDecimal overApprovedValueYuan, Map<CertificationType, TypeShare> byCertType, List<TownShare> byTown,
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
