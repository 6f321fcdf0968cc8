package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a lot counts as certified of one type (spec §2.9): the kg its certifications of the type
 * covered and the kg beyond their approved output. Both add up to the lot's quantity whenever the
 * rule of §2.8 certifies the lot of the type at all.
 */
public record CertifiedQuantity(BigDecimal certifiedKg, BigDecimal overKg) {

	/** The lot counts as certified of the type: some of it is covered. */
	public boolean certified() {
		return certifiedKg.signum() > 0;
	}

	/**
	 * The certified value of a lot: its certified kg × unit price, half-up to cents, and the lot's own
	 * (already rounded) value when the whole quantity is covered, so that a covered lot never counts a
	 * cent more or less than it is worth. The lot view and indicator 12 both ask this.
	 */
	public static BigDecimal valueOf(BigDecimal certifiedKg, BigDecimal quantityKg, BigDecimal unitPriceYuan,
			BigDecimal lotValueYuan) {
		if (certifiedKg.compareTo(quantityKg) >= 0) {
			return lotValueYuan;
		}
		return certifiedKg.multiply(unitPriceYuan).setScale(2, RoundingMode.HALF_UP);
	}
}
