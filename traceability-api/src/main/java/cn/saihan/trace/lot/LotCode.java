package cn.saihan.trace.lot;

import java.util.regex.Pattern;

/** A lot code: 1 to 20 characters of {@code A-Z 0-9 -}, safe as GS1 AI 10 in a Digital Link without escaping. */
public record LotCode(String value) {

	public static final String PATTERN = "[A-Z0-9-]{1,20}";

	private static final Pattern SHAPE = Pattern.compile(PATTERN);

	public LotCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid lot code: " + value);
		}
	}

	/** Whether {@code value} has the shape of a lot code. */
	public static boolean isValid(String value) {
		return value != null && SHAPE.matcher(value).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
