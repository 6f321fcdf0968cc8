package cn.saihan.trace.jobs;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.saihan.trace.account.Role;
import cn.saihan.trace.system.AuthorizationRules;

/**
 * A job execution's status is the bureau's, like the runs it started: its counts and times tell how
 * the registry and its statistics are computed, which is no public read.
 */
@Component
@Order(20)
class JobAuthorizationRules implements AuthorizationRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/stats/jobs/**", "/api/v1/search/reindex/**")
			.hasRole(Role.BUREAU.name());
	}
}
