package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.producer.ContactPhone;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.product.Product;

/**
 * A lot as the API shows it: the lot, who grew it, what it is, what it counts as certified, and whether
 * it may be sold ({@code status}; its reason and history at {@code /status}).
 */
public record LotView(String lotCode, Long producerId, String producerName, String productCode, String productNameZh,
		String gtin, LocalDate harvestDate, BigDecimal quantityKg, BigDecimal unitPriceYuan, BigDecimal valueYuan,
		String townCode, String village, String plot, List<CertificationType> certifiedTypes,
		ComplianceCertificate complianceCertificate, LotOrigin origin, Instant registeredAt, LotStatus status) {

	static LotView of(Lot lot, Producer producer, Product product, String townNameZh,
			Set<CertificationType> certifiedTypes) {
		String village = lot.getVillage() != null ? lot.getVillage() : producer.getVillage();
		return new LotView(lot.getLotCode().value(), producer.getId(), producer.getName(), product.getCode(),
				product.getNameZh(), product.getGtin().value(), lot.getHarvestDate(), lot.getQuantityKg(),
				lot.getUnitPriceYuan(), lot.getValueYuan(), producer.getTownCode(), village, lot.getPlot(),
				certifiedTypes.stream().sorted().toList(), ComplianceCertificate.of(lot, producer, product, townNameZh, village),
				lot.getOrigin(), lot.getRegisteredAt(), lot.getStatus());
	}

	/**
	 * The lot's 承诺达标合格证: the fields the 2026 measures require, derived from the lot and its
	 * producer so that they can never disagree with the record.
	 */
	public record ComplianceCertificate(String productName, BigDecimal quantityKg, String producerName,
			String origin, String contact, LocalDate issuedOn, List<String> commitments, ComplianceBasis basis) {

		/** The producer's three promises, as codes; pages show them in the reader's language. */
		static final List<String> COMMITMENTS = List.of("NO_BANNED_PESTICIDES_DRUGS_OR_ADDITIVES",
				"RESIDUES_WITHIN_LIMITS", "PRODUCER_ANSWERS_FOR_TRUTH");

		/** The origin (产地) is printed as a certificate says it: the town's Chinese name, then the village. */
		static ComplianceCertificate of(Lot lot, Producer producer, Product product, String townNameZh,
				String village) {
			String origin = townNameZh + (village == null ? "" : " " + village);
			return new ComplianceCertificate(product.getNameZh(), lot.getQuantityKg(), producer.getName(), origin,
					ContactPhone.publicOf(producer), lot.getComplianceIssuedOn(), COMMITMENTS, lot.getComplianceBasis());
		}
	}
}
