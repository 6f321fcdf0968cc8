package cn.saihan.trace.web.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.system.NotFoundException;

/**
 * Pages answer failures with a page, not with the API's problem JSON: this advice is ordered before
 * the API's and applies to the page controllers only. A farmer opening another producer's lot gets
 * 403, an unknown lot or producer 404, a page number out of range 400, all in the reader's language.
 */
@ControllerAdvice(basePackages = "cn.saihan.trace.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionAdvice {

	@ExceptionHandler
	ModelAndView forbidden(AccessDeniedException ex) {
		return page(HttpStatus.FORBIDDEN);
	}

	@ExceptionHandler
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND);
	}

	/** Bad input no form can show, such as a page number out of range in a pager link. */
	@ExceptionHandler
	ModelAndView badRequest(InvalidInputException ex) {
		return page(HttpStatus.BAD_REQUEST);
	}

	private static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		return page;
	}
}
