package cn.saihan.trace.system;

import java.util.List;

/**
 * A reason the domain refuses a request: a stable message code, and the English text the API
 * answers with. Each feature lists its reasons in an enum ({@code LotRefusal}, …) that implements
 * this interface; the English text lives there once, and pages resolve the code from their
 * messages in the reader's language. Texts name their arguments {@code {0}}, {@code {1}}, ….
 */
public interface Refusal {

	/** The message code, e.g. {@code LotRefusal.CODE_TAKEN}: the enum's simple name and the constant's. */
	default String code() {
		Enum<?> self = (Enum<?>) this;
		return self.getDeclaringClass().getSimpleName() + "." + self.name();
	}

	/** The English text with {@code {n}} placeholders. */
	String english();

	/** This reason about one field of the request, with its arguments. */
	default FieldProblem at(String field, Object... arguments) {
		return FieldProblem.of(field, this, arguments);
	}

	/** 400: the request breaks this rule (a field, or {@code null} for the request as a whole). */
	default InvalidInputException invalid(String field, Object... arguments) {
		return new InvalidInputException(List.of(at(field, arguments)));
	}

	/** 409: a duplicate of {@code field}, or ({@code field} {@code null}) a state that forbids the request. */
	default ConflictException conflict(String field, Object... arguments) {
		return new ConflictException(at(field, arguments));
	}

	/** 404: the resource the path names does not exist. */
	default NotFoundException notFound(Object... arguments) {
		return new NotFoundException(at(null, arguments));
	}

	/** 429: a limit that protects the service was reached. */
	default TooManyRequestsException tooMany(Object... arguments) {
		return new TooManyRequestsException(at(null, arguments));
	}
}
