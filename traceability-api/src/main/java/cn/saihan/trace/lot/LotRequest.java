package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST /api/v1/lots}. Quantities and prices arrive as JSON numbers or decimal
 * strings and are read straight into {@link BigDecimal}, so nothing is rounded on the way in. The
 * rules are checked where every lot is checked, by {@link LotRegistration}, not here: a lot that
 * arrives by another way must pass exactly the same ones.
 */
public record LotRequest(Long producerId, String productCode, LocalDate harvestDate, BigDecimal quantityKg,
		BigDecimal unitPriceYuan, String lotCode, String plot, String village, ComplianceBasis complianceBasis) {

	public NewLot toNewLot() {
		return NewLot.harvest(producerId, productCode, harvestDate, quantityKg, unitPriceYuan, lotCode, plot, village,
				complianceBasis);
	}
}
