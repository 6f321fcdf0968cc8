package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.saihan.trace.system.PlainText;

/**
 * A lot as it is handed to {@link LotRegistration}, before any rule is checked. Every way a lot
 * enters the registry describes it so: a request of the API or the farmer's page, the output of a
 * transformation, a row of a CSV import, the demo data. Plot and village are stripped and blank ones
 * {@code null}; a {@code null} lot code asks for one made by the server; a lot without a compliance
 * basis is committed on the producer's own word.
 */
public record NewLot(Long producerId, String productCode, LocalDate harvestDate, BigDecimal quantityKg,
		BigDecimal unitPriceYuan, String lotCode, String plot, String village, ComplianceBasis complianceBasis,
		LotOrigin origin) {

	public NewLot {
		plot = blankToNull(plot);
		village = blankToNull(village);
		complianceBasis = complianceBasis == null ? ComplianceBasis.SELF_COMMITMENT : complianceBasis;
		origin = origin == null ? LotOrigin.HARVEST : origin;
	}

	/** A harvest lot. */
	public static NewLot harvest(Long producerId, String productCode, LocalDate harvestDate, BigDecimal quantityKg,
			BigDecimal unitPriceYuan, String lotCode, String plot, String village, ComplianceBasis complianceBasis) {
		return new NewLot(producerId, productCode, harvestDate, quantityKg, unitPriceYuan, lotCode, plot, village,
				complianceBasis, LotOrigin.HARVEST);
	}

	/**
	 * The lot a transformation makes. It carries the earliest harvest date of its inputs, so that
	 * freshness is never overstated, and its packer's internal quality control as compliance basis.
	 */
	public static NewLot transformed(Long producerId, String productCode, LocalDate earliestHarvest,
			BigDecimal quantityKg, BigDecimal unitPriceYuan, String lotCode) {
		return new NewLot(producerId, productCode, earliestHarvest, quantityKg, unitPriceYuan, lotCode, null, null,
				ComplianceBasis.INTERNAL_QUALITY_CONTROL, LotOrigin.TRANSFORMATION);
	}

	private static String blankToNull(String text) {
		return PlainText.Check.isBlank(text) ? null : text.strip();
	}
}
