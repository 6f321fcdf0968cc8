package cn.saihan.trace.producer;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters whose last is a
 * mod-31 check character over the first 17.
 */
public record CreditCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid unified social credit code: " + value);
		}
	}

	public static boolean isValid(String value) {
		if (value == null || value.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				return false;
			}
		}
		return checkCharacter(value.substring(0, 17)) == value.charAt(17);
	}

	/** Completes 17 characters with their check character (used to make demo data). */
	public static CreditCode withCheckCharacter(String seventeen) {
		return new CreditCode(seventeen + checkCharacter(seventeen));
	}

	static char checkCharacter(String seventeen) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int index = ALPHABET.indexOf(seventeen.charAt(i));
			if (index < 0) {
				throw new IllegalArgumentException("Character not allowed in a credit code: " + seventeen.charAt(i));
			}
			sum += index * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	@Override
	public String toString() {
		return value;
	}
}
