package cn.saihan.trace.gs1;

import java.util.List;
import java.util.Optional;

import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;

/**
 * A GS1 Global Trade Item Number, always held as 14 digits (GTIN-8/12/13 are left-padded with
 * zeros, as a Digital Link requires) with a valid mod-10 check digit.
 */
public record Gtin(String value) {

	public Gtin {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid GTIN-14: " + value);
		}
	}

	/**
	 * Pads a GTIN-8, -12, -13 or -14 to 14 digits and checks it.
	 *
	 * @throws IllegalArgumentException if it is not one ({@link #problem} says why)
	 */
	public static Gtin of(String digits) {
		problem(null, digits).ifPresent(why -> {
			throw new IllegalArgumentException(why.message());
		});
		return new Gtin(padded(digits));
	}

	/**
	 * Why {@code digits} is not a GTIN-8, -12, -13 or -14 with a correct check digit, as the
	 * request's {@code field} (e.g. AI {@code 01} of a Digital Link); empty when it is one.
	 */
	public static Optional<FieldProblem> problem(String field, String digits) {
		if (digits == null || !digits.matches("\\d{8}|\\d{12,14}")) {
			return Optional.of(Gs1Refusal.GTIN_SHAPE.at(field, digits));
		}
		String fourteen = padded(digits);
		int expected = checkDigit(fourteen.substring(0, 13));
		if (expected != fourteen.charAt(13) - '0') {
			return Optional.of(Gs1Refusal.GTIN_CHECK_DIGIT.at(field, digits, expected));
		}
		return Optional.empty();
	}

	/** As above, thrown: a 400 naming {@code field}. */
	static Gtin checked(String field, String digits) {
		Optional<FieldProblem> problem = problem(field, digits);
		if (problem.isPresent()) {
			throw new InvalidInputException(List.of(problem.get()));
		}
		return new Gtin(padded(digits));
	}

	/** Appends the check digit to 13 data digits. */
	public static Gtin withCheckDigit(String thirteenDigits) {
		if (thirteenDigits == null || !thirteenDigits.matches("\\d{13}")) {
			throw new IllegalArgumentException("Expected 13 data digits: " + thirteenDigits);
		}
		return new Gtin(thirteenDigits + checkDigit(thirteenDigits));
	}

	/** Whether {@code value} is a GTIN-14 as held here: 14 digits with a correct check digit. */
	public static boolean isValid(String value) {
		return value != null && value.matches("\\d{14}")
				&& checkDigit(value.substring(0, 13)) == value.charAt(13) - '0';
	}

	/** GS1 General Specifications §7.9.1: weights 3,1,3,… from the rightmost data digit. */
	static int checkDigit(String dataDigits) {
		int sum = 0;
		for (int i = 0; i < dataDigits.length(); i++) {
			int digit = dataDigits.charAt(dataDigits.length() - 1 - i) - '0';
			sum += digit * (i % 2 == 0 ? 3 : 1);
		}
		return (10 - sum % 10) % 10;
	}

	/** The one place GTIN-8/12/13 become 14 digits: left-padded with zeros. */
	private static String padded(String digits) {
		return "0".repeat(14 - digits.length()) + digits;
	}

	@Override
	public String toString() {
		return value;
	}
}
