package cn.saihan.trace.system;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The stable problem types of the API and a factory for their RFC 9457 bodies. */
public final class Problems {

	public static final URI INVALID_INPUT = URI.create("urn:saihan-trace:problem:invalid-input");
	public static final URI NOT_FOUND = URI.create("urn:saihan-trace:problem:not-found");
	public static final URI CONFLICT = URI.create("urn:saihan-trace:problem:conflict");
	public static final URI UNAUTHORIZED = URI.create("urn:saihan-trace:problem:unauthorized");
	public static final URI FORBIDDEN = URI.create("urn:saihan-trace:problem:forbidden");
	public static final URI TOO_MANY_REQUESTS = URI.create("urn:saihan-trace:problem:too-many-requests");
	public static final URI TOO_LARGE = URI.create("urn:saihan-trace:problem:too-large");

	public static final URI INTERNAL = URI.create("urn:saihan-trace:problem:internal");

	private Problems() {
	}

	public static ProblemDetail invalidInput(List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
						: errors.size() + " fields are invalid");
		problem.setType(INVALID_INPUT);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * A refusal other than bad input: its message is the detail, its code a property for clients
	 * that translate, and a refusal about one field names it in {@code errors} as bad input does.
	 */
	public static ProblemDetail refused(HttpStatus status, URI type, String title, FieldProblem problem) {
		ProblemDetail detail = of(status, type, title, problem.message());
		if (problem.code() != null) {
			detail.setProperty("code", problem.code());
		}
		if (problem.field() != null) {
			detail.setProperty("errors", List.of(problem));
		}
		return detail;
	}

	/** 413: a request body, or a part of it, over its cap; nothing was read past the cap. */
	public static ProblemDetail tooLarge(long limitBytes) {
		return of(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "Content too large",
				"The request body is larger than the " + limitBytes + " bytes this call accepts");
	}

	public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}
}
