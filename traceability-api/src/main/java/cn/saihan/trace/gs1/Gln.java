package cn.saihan.trace.gs1;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;

/**
 * A GS1 Global Location Number: 13 digits, the last a check digit computed as a GTIN's (GS1 General
 * Specifications §7.9.1). As a Digital Link it names a place (AI 414: EPCIS {@code readPoint} and
 * {@code bizLocation}, the SGLN) or a party (AI 417: {@code source} and {@code destination}, the PGLN).
 * EPCIS 2.0 takes these Digital Links as they are, so no EPC URN is made: two fixed paths need no
 * URN translator (such as OpenEPCIS's, which would bring a second Jackson along).
 */
public record Gln(String value) {

	public Gln {
		if (problem(null, value).isPresent()) {
			throw new IllegalArgumentException("Not a valid GLN: " + value);
		}
	}

	/** Why {@code digits} is not a GLN with a correct check digit, as the request's {@code field}. */
	public static Optional<FieldProblem> problem(String field, String digits) {
		if (digits == null || !digits.matches("\\d{13}")) {
			return Optional.of(Gs1Refusal.GLN_SHAPE.at(field, digits));
		}
		int expected = Gtin.checkDigit(digits.substring(0, 12));
		if (expected != digits.charAt(12) - '0') {
			return Optional.of(Gs1Refusal.GLN_CHECK_DIGIT.at(field, digits, expected));
		}
		return Optional.empty();
	}

	/**
	 * A GLN, or {@code null} for none.
	 *
	 * @throws InvalidInputException naming {@code field} when it is not a GLN
	 */
	public static Gln ofNullable(String field, String digits) {
		if (digits == null) {
			return null;
		}
		Optional<FieldProblem> problem = problem(field, digits);
		if (problem.isPresent()) {
			throw new InvalidInputException(List.of(problem.get()));
		}
		return new Gln(digits);
	}

	/** The place, as EPCIS reads it in {@code readPoint} and {@code bizLocation}: {@code {base}/414/{gln}}. */
	public String sgln(URI base) {
		return withoutSlash(base) + "/414/" + value;
	}

	/** The party, as EPCIS names it in a source or destination list: {@code {base}/417/{gln}}. */
	public String pgln(URI base) {
		return withoutSlash(base) + "/417/" + value;
	}

	private static String withoutSlash(URI base) {
		String text = base.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	@Override
	public String toString() {
		return value;
	}
}
