package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The certified kg a transformed lot inherits of one type (spec §2.9): Σ over its inputs of (kg used ×
 * the input's certified kg ÷ the input's quantity), scaled by (output kg ÷ total kg used), at most the
 * output quantity, rounded down to the gram. Computed as an exact fraction and rounded once: thirds of
 * thirds that add up to a whole gram stay that gram.
 */
final class InheritedQuantity {

	private static final BigInteger GRAMS_PER_KG = BigInteger.valueOf(1000);

	/** One input: the kg of it used, its certified kg of the type, and its quantity. */
	record Input(BigDecimal kgUsed, BigDecimal certifiedKg, BigDecimal quantityKg) {
	}

	private InheritedQuantity() {
	}

	static BigDecimal of(List<Input> inputs, BigDecimal outputKg) {
		BigInteger numerator = BigInteger.ZERO;
		BigInteger denominator = BigInteger.ONE;
		BigDecimal totalUsed = BigDecimal.ZERO;
		for (Input input : inputs) {
			totalUsed = totalUsed.add(input.kgUsed());
			// kgUsed × certifiedKg ÷ quantityKg, added to numerator ÷ denominator
			BigInteger[] term = divide(fraction(input.kgUsed().multiply(input.certifiedKg())),
					fraction(input.quantityKg()));
			numerator = numerator.multiply(term[1]).add(term[0].multiply(denominator));
			denominator = denominator.multiply(term[1]);
		}
		if (totalUsed.signum() == 0) {
			return BigDecimal.ZERO.setScale(3);
		}
		BigInteger[] scaled = divide(new BigInteger[] { numerator, denominator },
				divide(fraction(totalUsed), fraction(outputKg)));
		BigInteger grams = scaled[0].multiply(GRAMS_PER_KG).divide(scaled[1]);
		return new BigDecimal(grams, 3).min(outputKg.setScale(3, java.math.RoundingMode.DOWN));
	}

	/** A non-negative decimal as numerator and denominator. */
	private static BigInteger[] fraction(BigDecimal value) {
		BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
		return new BigInteger[] { plain.unscaledValue(), BigInteger.TEN.pow(plain.scale()) };
	}

	private static BigInteger[] divide(BigInteger[] a, BigInteger[] b) {
		return new BigInteger[] { a[0].multiply(b[1]), a[1].multiply(b[0]) };
	}
}
