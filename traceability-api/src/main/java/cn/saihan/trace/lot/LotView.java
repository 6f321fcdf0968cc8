package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.saihan.trace.brand.BrandMark;
import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.producer.ContactPhone;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.product.Product;

/**
 * A lot as the API shows it: the lot, who grew it, what it is, and what it counts as certified —
 * {@code certified} per type with kg and value, {@code overApprovedOutput} per type the kg beyond its
 * certifications' approved output (spec §2.9; types with kg above 0 only), {@code certifiedTypes}
 * the types of {@code certified} —, the brands it bears (both decided by the registry's rules,
 * never claimed), and whether it may be sold ({@code status}; its reason and history at {@code /status}).
 */
public record LotView(String lotCode, Long producerId, String producerName, String productCode, String productNameZh,
		String gtin, LocalDate harvestDate, BigDecimal quantityKg, BigDecimal unitPriceYuan, BigDecimal valueYuan,
		String townCode, String village, String plot, List<CertificationType> certifiedTypes,
		Map<CertificationType, Certified> certified, Map<CertificationType, BigDecimal> overApprovedOutput,
		ComplianceCertificate complianceCertificate, LotOrigin origin, Instant registeredAt, List<BrandMark> brands,
		LotStatus status) {

	/** The certified part of a lot for one type: kg and value (yuan, to the cent). */
	public record Certified(BigDecimal kg, BigDecimal valueYuan) {
	}

	static LotView of(Lot lot, Producer producer, Product product, String townNameZh,
			Map<CertificationType, CertifiedQuantity> quantities, List<BrandMark> brands) {
		String village = lot.getVillage() != null ? lot.getVillage() : producer.getVillage();
		Map<CertificationType, Certified> certified = new EnumMap<>(CertificationType.class);
		Map<CertificationType, BigDecimal> over = new EnumMap<>(CertificationType.class);
		quantities.forEach((type, quantity) -> {
			if (quantity.certified()) {
				certified.put(type, new Certified(quantity.certifiedKg(), CertifiedQuantity.valueOf(
						quantity.certifiedKg(), lot.getQuantityKg(), lot.getUnitPriceYuan(), lot.getValueYuan())));
			}
			if (quantity.overKg().signum() > 0) {
				over.put(type, quantity.overKg());
			}
		});
		return new LotView(lot.getLotCode().value(), producer.getId(), producer.getName(), product.getCode(),
				product.getNameZh(), product.getGtin().value(), lot.getHarvestDate(), lot.getQuantityKg(),
				lot.getUnitPriceYuan(), lot.getValueYuan(), producer.getTownCode(), village, lot.getPlot(),
				List.copyOf(certified.keySet()), certified, over,
				ComplianceCertificate.of(lot, producer, product, townNameZh, village), lot.getOrigin(),
				lot.getRegisteredAt(), brands, lot.getStatus());
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
