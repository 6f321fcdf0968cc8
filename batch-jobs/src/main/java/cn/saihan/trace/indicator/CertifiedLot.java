package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.util.Map;

import cn.saihan.trace.certification.CertificationType;

/**
 * A lot with the town it counts for and its certified value per type (spec §2.8: only the value of
 * its certified quantity; types with none are absent). {@code claimedGreenOrOrganic}: the rule of the
 * first bullet of §2.8 alone would count it green or organic, whatever the approved output covers.
 */
record CertifiedLot(String townCode, String productCode, BigDecimal valueYuan,
		Map<CertificationType, BigDecimal> certifiedValue, boolean claimedGreenOrOrganic) {

	BigDecimal valueOf(CertificationType type) {
		return certifiedValue.getOrDefault(type, BigDecimal.ZERO);
	}

	/** Counts towards the headline share: the larger of its green and organic certified values. */
	BigDecimal greenOrOrganic() {
		return largestOf(CertificationType.GREEN, CertificationType.ORGANIC);
	}

	/** Counts towards the 三品一标 share: the largest of its four 三品一标 certified values. */
	BigDecimal sanpin() {
		return largestOf(CertificationType.GREEN, CertificationType.ORGANIC, CertificationType.GI,
				CertificationType.POLLUTION_FREE);
	}

	/** The plan's appendix wording (绿色、有机、名特优): the largest of green, organic and 名特优新. */
	BigDecimal greenOrganicSpecialty() {
		return largestOf(CertificationType.GREEN, CertificationType.ORGANIC, CertificationType.MINGTEYOUXIN);
	}

	/** What was registered as green or organic beyond the approved output: value claimed − value certified. */
	BigDecimal overApproved() {
		return claimedGreenOrOrganic ? valueYuan.subtract(greenOrOrganic()) : BigDecimal.ZERO;
	}

	private BigDecimal largestOf(CertificationType... types) {
		BigDecimal largest = BigDecimal.ZERO;
		for (CertificationType type : types) {
			largest = largest.max(valueOf(type));
		}
		return largest;
	}
}
