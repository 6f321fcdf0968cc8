package cn.saihan.trace.lot;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.saihan.trace.account.Role;
import cn.saihan.trace.system.AuthorizationRules;

/**
 * Balances of approved output are not public: the bureau reads any, a farmer its own producer's
 * ({@link ApprovedOutputController} checks which); the lots over their approved output are the bureau's.
 */
@Component
@Order(20)
class ApprovedOutputAuthorizationRules implements AuthorizationRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/api/v1/certifications/*/balance").hasAnyRole(Role.BUREAU.name(), Role.FARMER.name())
			.requestMatchers("/api/v1/certifications/over-approved", "/api/v1/certifications/over-approved.csv")
			.hasRole(Role.BUREAU.name());
	}
}
