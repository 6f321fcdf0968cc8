package cn.saihan.trace.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns every failure of the API into an RFC 9457 problem with a stable {@code type}; validation
 * problems carry an {@code errors} array naming each bad field. It advises the REST controllers only,
 * whatever their module: a page's failure is the pages' to answer with an error page in the reader's
 * language ({@code web.system.PageExceptionAdvice}), and a failure outside any controller reaches
 * {@link ProblemErrorController}, which answers a browser with that page and anyone else with a problem.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	static final String UNREADABLE_UPLOAD = "could not be read to its end: send the file again";

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		return ResponseEntity.badRequest().body(Problems.invalidInput(ex.problems()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.refused(HttpStatus.NOT_FOUND,
				Problems.NOT_FOUND, "Not found", ex.problem()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Problems.refused(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict", ex.problem()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException ex) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS);
		ex.retryAfterSeconds().ifPresent(seconds -> answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)));
		return answer.body(Problems.refused(HttpStatus.TOO_MANY_REQUESTS,
				Problems.TOO_MANY_REQUESTS, "Too many requests", ex.problem()));
	}

	/** Two requests raced past the duplicate check; the unique constraint decided. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict",
					"The request collides with stored data (a duplicate key)"));
	}

	/** A login acting outside its rights, found by a controller (e.g. a farmer on another producer's lot). */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", ex.getMessage()));
	}

	/** Whatever else went wrong is logged in full and answered without internals. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return ResponseEntity.internalServerError()
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, "Internal error",
					"The request could not be completed; nothing was changed"));
	}

	/** Bean Validation outside a request body, e.g. on a service method's arguments. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<FieldProblem> errors = ex.getConstraintViolations().stream()
			.map(violation -> {
				String path = violation.getPropertyPath().toString();
				return new FieldProblem(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
			})
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalidInput(errors));
	}

	/**
	 * A body whose parameters cannot be parsed, e.g. a multipart upload cut short before its closing
	 * boundary: the file never arrived whole (one too large is Spring's 413, a more specific handler).
	 * Tomcat reports it wherever the parameters are first read (a page-number check before the
	 * controller), Spring where it reads the file.
	 */
	@ExceptionHandler({ MultipartException.class, InvalidParameterException.class })
	ResponseEntity<ProblemDetail> unreadableBody(Exception ex, HttpServletRequest request) {
		boolean upload = request.getContentType() != null
				&& request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		return ResponseEntity.badRequest().body(Problems.invalidInput(List.of(upload
				? new FieldProblem("file", UNREADABLE_UPLOAD)
				: new FieldProblem(null, "The request's parameters cannot be read"))));
	}

	/** A Content-Type header that is not a media type at all. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadableMediaType(InvalidMediaTypeException ex) {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.body(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.UNSUPPORTED, "Unsupported media type",
					"The Content-Type header is not a media type"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return ResponseEntity.badRequest()
			.body(Problems.invalidInput(List.of(new FieldProblem(ex.getName(), "is not a valid value: " + ex.getValue()))));
	}

	/**
	 * The web layer's own refusals (a method or media type not served, a missing parameter, no
	 * handler): Spring's problem, with a stable type of ours instead of {@code about:blank}.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		Object problemBody = body == null && ex instanceof ErrorResponse response ? response.getBody() : body;
		if (problemBody instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			if (status != null) {
				problem.setType(Problems.ofStatus(status).getType());
			}
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors().stream()
			.sorted(Comparator.comparing(FieldError::getField))
			.forEach(error -> errors.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
		ex.getBindingResult().getGlobalErrors()
			.forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return ResponseEntity.badRequest().body(Problems.invalidInput(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalidInput(errors));
	}

	/**
	 * A body that went past its cap while being read (sent without a length), or a JSON string,
	 * nesting or number past Jackson's read constraints: 413, and reading stopped there.
	 */
	private static ResponseEntity<Object> tooLarge(Throwable cause) {
		ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, Problems.TOO_LARGE, "Content too large",
				cause instanceof StreamConstraintsException constraint
						? "The JSON body exceeds a limit: " + constraint.getOriginalMessage()
						: cause.getMessage());
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	/** Malformed JSON or a value of the wrong type: name the field Jackson stopped at. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException || cause instanceof StreamConstraintsException) {
				return tooLarge(cause);
			}
		}
		String field = "body";
		String message = "is not readable JSON";
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			field = jackson.getPath().stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
			message = "has a value of the wrong type or format";
		}
		return ResponseEntity.badRequest().body(Problems.invalidInput(List.of(new FieldProblem(field, message))));
	}
}
