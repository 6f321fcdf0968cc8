package cn.saihan.trace.certification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one rule (spec §2.8) that decides whether a lot counts as certified of a type: its producer
 * holds a certification of that type listing the lot's product, valid on the harvest date and not
 * revoked on or before it. The lot API and the indicator 12 job both ask this class, so the two
 * can never disagree. What a farmer claims plays no part: only the bureau's registry decides.
 */
public final class CertificationRule {

	private CertificationRule() {
	}

	/**
	 * @param held every certification of the lot's producer (others are ignored by product only,
	 * so the caller must not pass another producer's)
	 */
	public static Set<CertificationType> certifiedTypes(Collection<Certification> held, String productCode,
			LocalDate harvestDate) {
		Set<CertificationType> types = EnumSet.noneOf(CertificationType.class);
		for (Certification certification : held) {
			if (certifies(certification, productCode, harvestDate)) {
				types.add(certification.getType());
			}
		}
		return types;
	}

	public static boolean certifies(Certification certification, String productCode, LocalDate harvestDate) {
		return certification.covers(productCode)
				&& certification.statusOn(harvestDate) == CertificationStatus.VALID;
	}
}
