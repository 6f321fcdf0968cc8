package cn.saihan.trace.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A certification as the API shows it, with its status today and its approved output (kg a certificate year). */
public record CertificationView(Long id, Long producerId, CertificationType type, String certificateNo,
		List<String> productCodes, String issuer, LocalDate validFrom, LocalDate validTo, LocalDate revokedAt,
		String revocationReason, CertificationStatus status, Map<String, BigDecimal> approvedOutput) {

	public static CertificationView of(Certification c, LocalDate today) {
		return new CertificationView(c.getId(), c.getProducerId(), c.getType(), c.getCertificateNo(),
				c.getProductCodes().stream().sorted().toList(), c.getIssuer(), c.getValidFrom(), c.getValidTo(),
				c.getRevokedAt(), c.getRevocationReason(), c.statusOn(today), new TreeMap<>(c.getApprovedOutput()));
	}
}
