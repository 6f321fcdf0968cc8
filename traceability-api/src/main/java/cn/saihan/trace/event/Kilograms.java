package cn.saihan.trace.event;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A quantity in kilograms as an event's details give it. Details are checked when they are
 * written, so a quantity written since is a decimal within {@link #allowed(BigDecimal) the rule}.
 * An event stored before those checks (or by hand) may hold something else there, such as
 * {@code "lots"}: that is kept as the text it is, shown as such and never computed with.
 *
 * @param value the decimal, or {@code null} when the stored value is not one
 * @param asRecorded the stored value as text when it is not a quantity, else {@code null}
 */
public record Kilograms(BigDecimal value, String asRecorded) {

	/** As many digits as a lot's own quantity may have (9 before the point, 3 after). */
	static final int INTEGER_DIGITS = 9;

	static final int FRACTION_DIGITS = 3;

	public Kilograms {
		if ((value == null) == (asRecorded == null)) {
			throw new IllegalArgumentException("A quantity is either a decimal or the text recorded instead of one");
		}
	}

	/** The JSON of a request carries a number (or a decimal string); anything else is refused when it is read. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static Kilograms of(BigDecimal value) {
		if (value == null) {
			throw new IllegalArgumentException("A quantity needs a value");
		}
		return new Kilograms(value, null);
	}

	/** A stored value that is not a quantity, kept as text. */
	public static Kilograms unreadable(String text) {
		return new Kilograms(null, text);
	}

	/**
	 * The rule a quantity must meet to be written: positive, at most 9 digits before the point and 3
	 * after ({@code @Positive @Digits(integer = 9, fraction = 3)}, the rule of a lot's quantity).
	 */
	public static boolean allowed(BigDecimal kg) {
		if (kg.signum() <= 0) {
			return false;
		}
		BigDecimal plain = kg.stripTrailingZeros();
		int fraction = Math.max(plain.scale(), 0);
		return plain.precision() - plain.scale() <= INTEGER_DIGITS && fraction <= FRACTION_DIGITS;
	}

	public boolean readable() {
		return value != null;
	}

	/** What the API answers: the number, or the text that stands where a number should. */
	@JsonValue
	Object json() {
		return value != null ? value : asRecorded;
	}

	/** As pages and CSV files print it: plain digits without trailing zeros, or the text as recorded. */
	public String shown() {
		return value != null ? value.stripTrailingZeros().toPlainString() : asRecorded;
	}

	@Override
	public String toString() {
		return shown();
	}
}
