package cn.saihan.trace.resolver;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS for the resolver, ahead of security: a brand owner's web app or a scanning app on any origin
 * may read every resolver answer, errors included ({@code Access-Control-Allow-Origin: *}, with the
 * {@code Link} and {@code Location} headers readable), and a preflight {@code OPTIONS} is answered
 * here, 204 with the methods the resolver takes, before the pages' login could send it elsewhere.
 * The resolver sets no cookie and reads no login, so any origin is safe.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ResolverHeaders extends OncePerRequestFilter {

	static final String METHODS = "GET, HEAD, OPTIONS";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!ResolverPaths.matches(request.getRequestURI().substring(request.getContextPath().length()))) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "Link, Location, Vary");
		if (!HttpMethod.OPTIONS.matches(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.NO_CONTENT.value());
		response.setHeader(HttpHeaders.ALLOW, METHODS);
		response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
		String asked = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
		response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
				asked == null || asked.isBlank() ? "Accept, Accept-Language" : asked);
		response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
	}
}
