package cn.saihan.trace.brand;

import java.time.Instant;
import java.time.LocalDate;

/** A licence as the API shows it; {@code validToday} says whether it lets its producer use the brand today. */
record LicenceView(long id, String brandCode, long producerId, LocalDate validFrom, LocalDate validTo,
		LicenceStatus status, boolean validToday, Instant appliedAt, Instant decidedAt, String reason,
		LocalDate revokedAt, String revocationReason) {

	static LicenceView of(Licence licence, LocalDate today) {
		return new LicenceView(licence.getId(), licence.getBrandCode(), licence.getProducerId(), licence.getValidFrom(),
				licence.getValidTo(), licence.getStatus(), licence.validOn(today), licence.getAppliedAt(),
				licence.getDecidedAt(), licence.getReason(), licence.getRevokedAt(), licence.getRevocationReason());
	}
}
