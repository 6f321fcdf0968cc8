package cn.saihan.trace.web.system;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import cn.saihan.trace.system.ConflictException;
import cn.saihan.trace.system.NotFoundException;
import cn.saihan.trace.system.RefusedException;
import cn.saihan.trace.system.TooManyRequestsException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages answer every failure with the error page in the reader's language (Chinese first), never
 * with the API's problem JSON, which advises REST controllers only. A farmer opening another
 * producer's lot gets 403, an unknown lot or producer 404, a refusal no form shows (a decision made
 * meanwhile, a page number out of range) its status with the reason, a parameter that is missing
 * or not a number ({@code ?year=abc}) 400 naming the parameter, and anything unexpected 500, logged
 * in full.
 */
@ControllerAdvice(basePackages = "cn.saihan.trace.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionAdvice {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionAdvice.class);

	private final PageMessages messages;

	PageExceptionAdvice(PageMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ModelAndView forbidden(AccessDeniedException ex) {
		return page(HttpStatus.FORBIDDEN);
	}

	/** The domain refused, and no form was there to show it: the page says why, in the reader's language. */
	@ExceptionHandler
	ModelAndView refused(RefusedException ex, HttpServletResponse response) {
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (ex instanceof NotFoundException) {
			status = HttpStatus.NOT_FOUND;
		}
		else if (ex instanceof ConflictException) {
			status = HttpStatus.CONFLICT;
		}
		else if (ex instanceof TooManyRequestsException tooMany) {
			status = HttpStatus.TOO_MANY_REQUESTS;
			tooMany.retryAfterSeconds()
				.ifPresent(seconds -> response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)));
		}
		ModelAndView page = page(status);
		page.addObject("reason", messages.of(ex));
		return page;
	}

	/** Two submissions raced past the domain's check; the unique constraint decided. */
	@ExceptionHandler
	ModelAndView integrity(DataIntegrityViolationException ex) {
		return page(HttpStatus.CONFLICT);
	}

	/** A parameter of the link that is no value of its kind, e.g. {@code ?year=abc}: 400 naming it. */
	@ExceptionHandler
	ModelAndView badParameter(MethodArgumentTypeMismatchException ex) {
		return badLink(ex.getName(), ex.getValue());
	}

	/** A field of a form or a link of the wrong type. */
	@ExceptionHandler
	ModelAndView badParameter(TypeMismatchException ex) {
		return badLink(ex.getPropertyName(), ex.getValue());
	}

	@ExceptionHandler
	ModelAndView missingParameter(MissingServletRequestParameterException ex) {
		return badLink(ex.getParameterName(), null);
	}

	/** An upload cut short, or a body whose parameters cannot be read (400); one too large keeps its 413. */
	@ExceptionHandler({ MultipartException.class, InvalidParameterException.class })
	ModelAndView unreadableUpload(Exception ex) {
		return ex instanceof MaxUploadSizeExceededException ? page(HttpStatus.CONTENT_TOO_LARGE) : badLink("file", null);
	}

	/** A parameter out of its range (e.g. a year outside 2000–2100). */
	@ExceptionHandler
	ModelAndView invalidParameter(HandlerMethodValidationException ex) {
		String parameter = ex.getParameterValidationResults().isEmpty() ? null
				: ex.getParameterValidationResults().get(0).getMethodParameter().getParameterName();
		return badLink(parameter, null);
	}

	/**
	 * Spring MVC's own refusals (a missing parameter, an unreadable form, an upload too large) with
	 * their status; anything else is unexpected: logged in full, the page tells nothing of it.
	 */
	@ExceptionHandler
	ModelAndView unexpected(Exception ex) {
		if (ex instanceof ErrorResponse refusal) {
			HttpStatus status = HttpStatus.resolve(refusal.getStatusCode().value());
			return page(status != null ? status : HttpStatus.BAD_REQUEST);
		}
		log.error("Unexpected failure of a page", ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private static ModelAndView badLink(String parameter, Object value) {
		ModelAndView page = page(HttpStatus.BAD_REQUEST);
		page.addObject("parameter", parameter);
		page.addObject("value", value == null ? null : String.valueOf(value));
		return page;
	}

	private static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		return page;
	}
}
