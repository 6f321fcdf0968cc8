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
	public static final URI MALFORMED_REQUEST = URI.create("urn:saihan-trace:problem:malformed-request");
	public static final URI UNSUPPORTED = URI.create("urn:saihan-trace:problem:unsupported");

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

	/**
	 * A failure known only by its status, as the container reports it (a malformed path, header or
	 * query, a method or media type nobody serves): a stable type per kind, words without internals.
	 */
	public static ProblemDetail ofStatus(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> of(status, MALFORMED_REQUEST, "Bad request",
					"The request could not be read: its path, query, headers or body are malformed or not allowed");
			case UNAUTHORIZED -> of(status, UNAUTHORIZED, "Unauthorized", "A valid login is required for this request");
			case FORBIDDEN -> of(status, FORBIDDEN, "Forbidden", "This login may not make this request");
			case NOT_FOUND -> of(status, NOT_FOUND, "Not found", "Nothing is served at this path");
			case CONTENT_TOO_LARGE -> of(status, TOO_LARGE, "Content too large",
					"The request, or a part of it, is larger than this call accepts");
			case REQUEST_HEADER_FIELDS_TOO_LARGE, URI_TOO_LONG -> of(status, TOO_LARGE, status.getReasonPhrase(),
					"The request's address or headers are longer than this server accepts");
			case METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> of(status, UNSUPPORTED,
					status.getReasonPhrase(), "This path does not serve this method or media type");
			default -> status.is5xxServerError()
					? of(status, INTERNAL, "Internal error", "The request could not be completed; nothing was changed")
					: of(status, URI.create("urn:saihan-trace:problem:http-" + status.value()), status.getReasonPhrase(),
							status.getReasonPhrase());
		};
	}

	public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}
}
