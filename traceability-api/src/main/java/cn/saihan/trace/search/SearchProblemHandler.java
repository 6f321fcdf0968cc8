package cn.saihan.trace.search;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.saihan.trace.system.Problems;

/**
 * Renders an unreachable search engine as a 503 problem with a stable type. No {@code Retry-After}:
 * HTTP clients such as Apache HttpClient would silently wait and repeat the request for it.
 */
@RestControllerAdvice(basePackageClasses = SearchProblemHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchProblemHandler {

	static final URI SEARCH_UNAVAILABLE = URI.create("urn:saihan-trace:problem:search-unavailable");

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unavailable(SearchUnavailableException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, SEARCH_UNAVAILABLE, "Search unavailable",
					"Search is temporarily unavailable; registrations are not affected. Try again later."));
	}
}
