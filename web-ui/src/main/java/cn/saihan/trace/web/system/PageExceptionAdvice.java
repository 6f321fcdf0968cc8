package cn.saihan.trace.web.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import cn.saihan.trace.system.ConflictException;
import cn.saihan.trace.system.NotFoundException;
import cn.saihan.trace.system.RefusedException;
import cn.saihan.trace.system.TooManyRequestsException;

/**
 * Pages answer failures with a page, not with the API's problem JSON: this advice is ordered before
 * the API's and applies to the page controllers only. A farmer opening another producer's lot gets
 * 403, an unknown lot or producer 404, a link with a value that is no value of its parameter
 * ({@code ?year=abc}) 400 naming the parameter, all in the reader's language. Whatever else goes
 * wrong is logged and answered with a page that says nothing was changed.
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

	@ExceptionHandler
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND);
	}

	/** A parameter of the link that is no value of its kind, e.g. {@code ?year=abc}. */
	@ExceptionHandler
	ModelAndView badParameter(MethodArgumentTypeMismatchException ex) {
		return badLink(ex.getName(), ex.getValue());
	}

	@ExceptionHandler
	ModelAndView badParameter(TypeMismatchException ex) {
		return badLink(ex.getPropertyName(), ex.getValue());
	}

	@ExceptionHandler
	ModelAndView missingParameter(MissingServletRequestParameterException ex) {
		return badLink(ex.getParameterName(), null);
	}

	@ExceptionHandler
	ModelAndView invalidParameter(HandlerMethodValidationException ex) {
		String parameter = ex.getParameterValidationResults().isEmpty() ? null
				: ex.getParameterValidationResults().get(0).getMethodParameter().getParameterName();
		return badLink(parameter, null);
	}

	/** A refusal a page did not put onto a form: its reason, in the reader's language. */
	@ExceptionHandler
	ModelAndView refused(RefusedException ex) {
		HttpStatus status = ex instanceof ConflictException ? HttpStatus.CONFLICT
				: ex instanceof TooManyRequestsException ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST;
		ModelAndView page = page(status);
		page.addObject("reason", messages.of(ex));
		return page;
	}

	@ExceptionHandler
	ModelAndView unexpected(Exception ex) {
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
