package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.util.Set;

import cn.saihan.trace.certification.CertificationType;

/** A lot with the town it counts for and the types it is certified of on its harvest date. */
record CertifiedLot(String townCode, String productCode, BigDecimal valueYuan, Set<CertificationType> types) {

	/** Counts towards the headline share: certified green or organic, once even when both. */
	boolean greenOrOrganic() {
		return types.contains(CertificationType.GREEN) || types.contains(CertificationType.ORGANIC);
	}

	/** Counts towards the 三品一标 share: certified of any of the four types, once. */
	boolean sanpin() {
		return !types.isEmpty();
	}
}
