package cn.saihan.trace.certification;

import java.time.LocalDate;
import java.util.List;

/** A certification as the API shows it, with its status today. */
public record CertificationView(Long id, Long producerId, CertificationType type, String certificateNo,
		List<String> productCodes, String issuer, LocalDate validFrom, LocalDate validTo, LocalDate revokedAt,
		String revocationReason, CertificationStatus status) {

	public static CertificationView of(Certification c, LocalDate today) {
		return new CertificationView(c.getId(), c.getProducerId(), c.getType(), c.getCertificateNo(),
				c.getProductCodes().stream().sorted().toList(), c.getIssuer(), c.getValidFrom(), c.getValidTo(),
				c.getRevokedAt(), c.getRevocationReason(), c.statusOn(today));
	}
}
