package cn.saihan.trace.brand;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.saihan.trace.account.Role;
import cn.saihan.trace.system.AuthorizationRules;

/**
 * A producer applies for a licence itself (and {@link BrandController} checks that it applies for its
 * own producer); granting, deciding and revoking are the bureau's, as every other write of the API,
 * and so is reading licences and applications.
 */
@Component
@Order(20)
class BrandAuthorizationRules implements AuthorizationRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/api/v1/brands/*/licence-applications")
			.hasAnyRole(Role.BUREAU.name(), Role.FARMER.name())
			// Applications and the bureau's reasons are between the bureau and the producer; the public
			// sees a brand's licensees on its page, and a lot's licence on the lot's consumer page.
			.requestMatchers(HttpMethod.GET, "/api/v1/brands/*/licences", "/api/v1/licences/**")
			.hasRole(Role.BUREAU.name());
	}
}
