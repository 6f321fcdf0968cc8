package cn.saihan.trace.resolver;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.saihan.trace.certification.CertificationStatus;
import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.event.TraceEventView;
import cn.saihan.trace.lot.LotStatus;
import cn.saihan.trace.lot.LotView.ComplianceCertificate;

/**
 * What a consumer is shown after scanning a code: the verdict and, for a genuine code, the
 * product, who grew it, the lot, its certifications and its history. The HTML page and the JSON
 * answer of the resolver are both drawn from it. For a code that is not genuine, only
 * {@code authentic} and {@code verdict} are set: nothing is said about what it claims to be.
 *
 * @param authentic whether the code was issued by this system
 * @param verdict the verdict
 * @param uri the canonical Digital Link of the lot or label
 * @param scan the label's scans by different browsers, this one included; {@code null} for a lot-level code
 * @param product the product
 * @param producer who grew it
 * @param lot the lot
 * @param certifications the producer's certifications that cover the product: those valid on the
 * harvest date first (they decide whether the lot is certified), then the others, latest first
 * @param complianceCertificate the lot's 承诺达标合格证
 * @param events the lot's trace events, oldest first
 * @param lotStatus whether the lot may be sold: a HELD or RECALLED lot's page opens with a red banner
 * before the verdict (the label stays genuine); {@code null} for a code that is not genuine
 * @param statusReason why the lot is held or recalled
 * @param statusSince since when, in the district's zone
 */
public record ConsumerView(boolean authentic, Verdict verdict, String uri, ScanView scan, ProductView product,
		ProducerView producer, LotSummary lot, List<CertificationStanding> certifications,
		ComplianceCertificate complianceCertificate, List<TraceEventView> events, LotStatus lotStatus,
		String statusReason, OffsetDateTime statusSince) {

	static ConsumerView notGenuine() {
		return new ConsumerView(false, Verdict.NOT_GENUINE, null, null, null, null, null, List.of(), null, List.of(),
				null, null, null);
	}

	/** Whether the page must warn first: the lot's sale is suspended, or it is recalled. */
	public boolean stopped() {
		return lotStatus != null && !lotStatus.sellable();
	}

	/**
	 * @param count the browsers (phones) that scanned this label so far, this one included: a browser
	 * that comes back is not counted again
	 * @param firstScannedAt when it was scanned first, in the district's zone
	 * @param counted whether this request was counted; {@code false} for a browser counted before
	 * (and for HEAD)
	 */
	public record ScanView(long count, OffsetDateTime firstScannedAt, boolean counted) {
	}

	public record ProductView(String code, String nameZh, String nameEn, String gtin) {
	}

	/** @param id the producer's id, for its public page ({@code /producers/{id}}) */
	public record ProducerView(Long id, String name, String townCode, String townNameZh, String village) {
	}

	/**
	 * @param certifiedTypes the types the lot counts as certified of: some of it is covered (spec §2.9)
	 * @param certifiedKg per certified type, the kg its certificates' approved output covers
	 * @param overApprovedOutput per type, the kg beyond the approved output (超出核准产量): the certificate
	 * is valid, but does not cover this lot, or only part of it
	 */
	public record LotSummary(String lotCode, LocalDate harvestDate, BigDecimal quantityKg, String village,
			String plot, List<CertificationType> certifiedTypes, Map<CertificationType, BigDecimal> certifiedKg,
			Map<CertificationType, BigDecimal> overApprovedOutput) {

		/** The kg of this lot a type's certificates cover (0 when none). */
		public BigDecimal coveredKg(CertificationType type) {
			return certifiedKg.getOrDefault(type, BigDecimal.ZERO);
		}
	}

	/**
	 * A certification of the producer that covers the product, with its status on the harvest date
	 * (did it apply to this lot?) and today (is it still held?), and when and why it was revoked.
	 */
	public record CertificationStanding(CertificationType type, String certificateNo, String issuer,
			LocalDate validFrom, LocalDate validTo, CertificationStatus statusOnHarvestDate,
			CertificationStatus statusToday, LocalDate revokedAt, String revocationReason) {

		/** Whether it was valid on the harvest date: only such a certification makes the lot certified. */
		public boolean decides() {
			return statusOnHarvestDate == CertificationStatus.VALID;
		}
	}
}
