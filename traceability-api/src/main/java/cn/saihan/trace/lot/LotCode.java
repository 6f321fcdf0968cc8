package cn.saihan.trace.lot;

/** A lot code: 1 to 20 characters of {@code A-Z 0-9 -}, safe as GS1 AI 10 in a Digital Link without escaping. */
public record LotCode(String value) {

	public static final String PATTERN = "[A-Z0-9-]{1,20}";

	public LotCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid lot code: " + value);
		}
	}

	/** Whether {@code value} has the shape of a lot code ({@link #PATTERN}, spelt out: asked for every lot stored). */
	public static boolean isValid(String value) {
		if (value == null || value.isEmpty() || value.length() > 20) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return value;
	}
}
