package cn.saihan.trace.stats;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.saihan.trace.account.Role;
import cn.saihan.trace.system.AuthorizationRules;

/**
 * The official output figures are the bureau's to enter and to read; the indicator 12 result made
 * from them stays public, as the API's reads are.
 */
@Component
@Order(20)
class StatsAuthorizationRules implements AuthorizationRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/stats/official-output/**").hasRole(Role.BUREAU.name());
	}
}
