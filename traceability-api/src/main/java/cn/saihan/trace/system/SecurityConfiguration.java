package cn.saihan.trace.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. Reads of the catalogue, of lots and of labels are public: a consumer scanning a
 * box has no account. The bureau may write everything; a farmer (role {@code FARMER}, bound to one
 * producer) may register lots, record events and issue labels, and the controllers refuse any lot
 * of another producer. The API authenticates every request with HTTP Basic and keeps no session;
 * the pages use a form login with a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String BUREAU = "BUREAU";

	static final String FARMER = "FARMER";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> write(response, json,
				Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, "Unauthorized",
						ex instanceof LockedException ? "Too many failed logins: this login is locked for a while"
								: "A valid login is required for this request"));
		AccessDeniedHandler forbidden = (request, response, ex) -> write(response, json, Problems.of(
				HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", "This login may not make this request"));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/audit/**").hasRole(BUREAU)
				// Anyone may ask to be registered; the requests (names, phones) are the bureau's to read.
				.requestMatchers(HttpMethod.POST, "/api/v1/enrolments").permitAll()
				.requestMatchers("/api/v1/enrolments", "/api/v1/enrolments/**").hasRole(BUREAU)
				.requestMatchers("/api/v1/account", "/api/v1/account/**").authenticated()
				// A list or sheet of a lot's labels hands out every valid serial: whoever has it can print
				// genuine codes. The controller also checks the lot is the farmer's own.
				.requestMatchers("/api/v1/lots/*/labels", "/api/v1/lots/*/labels.pdf").hasAnyRole(BUREAU, FARMER)
				.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/lots", "/api/v1/lots/*/events", "/api/v1/lots/*/events/*/report",
						"/api/v1/transformations")
				.hasAnyRole(BUREAU, FARMER)
				.anyRequest().hasRole(BUREAU))
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden))
			// Stateless, authenticated per request: there is no session cookie to forge, so no CSRF token.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<AuthenticationFailureHandler> failures)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/bureau/**").hasRole(BUREAU)
				.requestMatchers("/farmer/**").hasAnyRole(BUREAU, FARMER)
				.requestMatchers("/account/**").authenticated()
				.requestMatchers(HttpMethod.GET, "/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
				// A producer without a login asks for one here.
				.requestMatchers(HttpMethod.POST, "/enrol").permitAll()
				.anyRequest().authenticated())
			// The sign-in page is the application's own (Chinese first); after it, each role lands on its start page.
			// The pages may say more about a failed sign-in than "wrong" (an application still waiting, say).
			.formLogin(form -> {
				form.loginPage("/login").defaultSuccessUrl("/workspace").permitAll();
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
