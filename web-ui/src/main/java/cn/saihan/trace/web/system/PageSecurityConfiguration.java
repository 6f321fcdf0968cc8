package cn.saihan.trace.web.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import cn.saihan.trace.account.Role;
import cn.saihan.trace.system.AuthorizationRules;
import cn.saihan.trace.system.PageSecurity;

/**
 * Who may open which page, where a sign-in lands, and what pages may load. The registry's pages
 * chain applies these (form login, session, CSRF); every page not named here is public to read, and
 * any form on it needs a login.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurityConfiguration {

	/**
	 * Pages load scripts, styles and images from this application only (ECharts is served from its
	 * WebJar): an injected {@code <script>} or a script from elsewhere does not run. The one inline
	 * handler (the import form's busy marker) is allowed by its hash; inline styles are allowed, as
	 * the chart library sets them. Frames, plugins and foreign form targets are not.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
			+ "script-src 'self' 'unsafe-hashes' 'sha256-KEdt7juQ/Ngpqobt0OR3BD3titvwqrSCIauTLpVvHko='; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** After signing in, each role lands on its start page ({@code LoginController}). */
	@Bean
	PageSecurity pageSettings() {
		return new PageSecurity("/workspace", CONTENT_SECURITY_POLICY);
	}

	@Bean
	@Order(30)
	AuthorizationRules pageAccess() {
		return new AuthorizationRules() {

			@Override
			public void pages(
					AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
				requests.requestMatchers("/bureau/**").hasRole(Role.BUREAU.name())
					.requestMatchers("/farmer/**").hasAnyRole(Role.BUREAU.name(), Role.FARMER.name())
					.requestMatchers("/account/**").authenticated()
					// A producer without a login asks for one here.
					.requestMatchers(HttpMethod.POST, "/enrol").permitAll();
			}
		};
	}
}
