package cn.saihan.trace.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. Reads of the catalogue, of lots and of labels are public: a consumer scanning a
 * box has no account. The bureau may write everything; a farmer (role {@code FARMER}, bound to one
 * producer) may register lots, record events and issue labels, and the controllers refuse any lot
 * of another producer. The API authenticates every request with HTTP Basic and keeps no session;
 * the pages use a form login with a session and CSRF protection. Of the management endpoints only
 * the health groups a load balancer asks are public.
 *
 * <p>This module's own paths are ruled here; every other module declares its own in an
 * {@link AuthorizationRules} bean (label-service its label sheets and the resolver, web-ui its
 * pages), applied before each chain's defaults. What the pages' chain knows of the pages (where a
 * sign-in lands, their content security policy) comes from the {@link PageSecurity} of the module
 * that draws them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String BUREAU = "BUREAU";

	static final String FARMER = "FARMER";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json, ObjectProvider<AuthorizationRules> modules)
			throws Exception {
		AuthenticationEntryPoint unauthorized = unauthorized(json);
		AccessDeniedHandler forbidden = (request, response, ex) -> write(response, json, Problems.of(
				HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", "This login may not make this request"));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers(HttpMethod.GET, "/api/v1/audit/**").hasRole(BUREAU)
					// Anyone may ask to be registered; the requests (names, phones) are the bureau's to read.
					.requestMatchers(HttpMethod.POST, "/api/v1/enrolments").permitAll()
					.requestMatchers("/api/v1/enrolments", "/api/v1/enrolments/**").hasRole(BUREAU)
					.requestMatchers("/api/v1/account", "/api/v1/account/**").authenticated()
					// The controllers also check that the lot is the farmer's own.
					.requestMatchers(HttpMethod.POST, "/api/v1/lots", "/api/v1/lots/*/events",
							"/api/v1/lots/*/events/*/report", "/api/v1/transformations", "/api/v1/lots/*/hold")
					.hasAnyRole(BUREAU, FARMER);
				modules.orderedStream().forEach(rules -> rules.api(requests));
				requests.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
					.anyRequest().hasRole(BUREAU);
			})
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden))
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			// Stateless, authenticated per request: there is no session cookie to forge, so no CSRF token.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/**
	 * Management endpoints: the health groups a load balancer asks are public (status only), every
	 * other endpoint (metrics, Prometheus) is the bureau's, with HTTP Basic as the API.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain managementSecurity(HttpSecurity http, JsonMapper json) throws Exception {
		AuthenticationEntryPoint unauthorized = unauthorized(json);
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
						"/actuator/health/readiness")
				.permitAll()
				.anyRequest().hasRole(BUREAU))
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<AuthorizationRules> modules,
			ObjectProvider<PageSecurity> pages, ObjectProvider<AuthenticationFailureHandler> failures)
			throws Exception {
		PageSecurity page = pages.getIfAvailable(() -> PageSecurity.DEFAULT);
		http.authorizeHttpRequests(requests -> {
				modules.orderedStream().forEach(rules -> rules.pages(requests));
				requests.requestMatchers(HttpMethod.GET, "/**").permitAll()
					.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
					.anyRequest().authenticated();
			})
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(page.contentSecurityPolicy()))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			// Sign-in posts to /login, where GuardedLogins counts failures; the module that draws the
			// pages draws the form there (Chinese first), says where each sign-in lands, and may say more
			// about a failed sign-in than "wrong" (an application still waiting, say).
			.formLogin(form -> {
				form.loginPage("/login").defaultSuccessUrl(page.landing()).permitAll();
				failures.ifAvailable(form::failureHandler);
			})
			.logout(logout -> logout.permitAll());
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the algorithm named in each hash so that it can be upgraded later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * A client locked out of a name hears what a wrong password or an unknown name hears: a lock must
	 * not tell that a name is real. A name that many clients guess at asks everyone to wait (429).
	 */
	private static AuthenticationEntryPoint unauthorized(JsonMapper json) {
		return (request, response, ex) -> {
			if (ex instanceof LoginThrottledException throttled) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
				write(response, json, Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_REQUESTS,
						"Too many requests", throttled.getMessage()));
			}
			else {
				write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, "Unauthorized",
						"A valid login is required for this request"));
			}
		};
	}

	private static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem)
			throws java.io.IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"saihan-trace\"");
		}
		json.writeValue(response.getOutputStream(), problem);
	}
}
