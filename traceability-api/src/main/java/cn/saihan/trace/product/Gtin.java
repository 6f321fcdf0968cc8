package cn.saihan.trace.product;

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

	/** Pads a GTIN-8, -12, -13 or -14 to 14 digits and checks it. */
	public static Gtin of(String digits) {
		return new Gtin(digits == null ? null : "0".repeat(Math.max(0, 14 - digits.length())) + digits);
	}

	/** Appends the check digit to 13 data digits. */
	public static Gtin withCheckDigit(String thirteenDigits) {
		if (thirteenDigits == null || !thirteenDigits.matches("\\d{13}")) {
			throw new IllegalArgumentException("Expected 13 data digits: " + thirteenDigits);
		}
		return new Gtin(thirteenDigits + checkDigit(thirteenDigits));
	}

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

	@Override
	public String toString() {
		return value;
	}
}
