package cn.saihan.trace.label;

import java.math.BigDecimal;

/**
 * How many labels to issue; the range is checked against {@code trace.labels.max-count}.
 *
 * @param count the number of labels, read as a decimal so that a fraction is refused rather than
 * cut off (1.5 labels are not 1)
 */
record LabelRequest(BigDecimal count) {

	/**
	 * The count as a whole number, {@code null} if absent; beyond the range of an {@code int} it is
	 * the largest one, which the range check refuses.
	 *
	 * @throws cn.saihan.trace.system.InvalidInputException if it is not a whole number
	 */
	Integer wholeCount() {
		if (count == null) {
			return null;
		}
		if (count.signum() != 0 && count.stripTrailingZeros().scale() > 0) {
			throw LabelRefusal.COUNT_NOT_WHOLE.invalid("count");
		}
		return count.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
				? Integer.valueOf(count.signum() * Integer.MAX_VALUE) : Integer.valueOf(count.intValueExact());
	}
}
