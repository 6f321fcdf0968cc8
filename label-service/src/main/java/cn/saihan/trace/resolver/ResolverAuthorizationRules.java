package cn.saihan.trace.resolver;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.saihan.trace.system.AuthorizationRules;

/**
 * The resolver answers anyone: a phone scanning a box has no login. Its paths are public for
 * {@code GET} and {@code HEAD} whatever the pages' chain decides for other paths; a preflight
 * {@code OPTIONS} never reaches security ({@link ResolverHeaders} answers it first).
 */
@Component
@Order(20)
class ResolverAuthorizationRules implements AuthorizationRules {

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(request -> (HttpMethod.GET.matches(request.getMethod())
				|| HttpMethod.HEAD.matches(request.getMethod()))
				&& ResolverPaths.matches(request.getRequestURI().substring(request.getContextPath().length())))
			.permitAll();
	}
}
