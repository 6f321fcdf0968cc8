package cn.saihan.trace.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. Reads of the catalogue, of lots and of single labels are public: a consumer
 * scanning a box has no account. Every write, and the lists and sheets of a lot's labels, need a
 * login over HTTP Basic; today only the bureau has one.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Role of the agriculture bureau; farmer roles bound to a producer come with producer accounts. */
	static final String BUREAU = "BUREAU";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				// A list or sheet of a lot's labels hands out every valid serial: whoever has it can print genuine codes.
				.requestMatchers("/api/v1/lots/*/labels", "/api/v1/lots/*/labels.pdf").hasRole(BUREAU)
				.requestMatchers(HttpMethod.GET, "/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
				.requestMatchers("/error").permitAll()
				.anyRequest().hasRole(BUREAU))
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> write(response, json,
					Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, "Unauthorized",
							"A valid login is required for this request"))))
			.exceptionHandling(handling -> handling.accessDeniedHandler((request, response, ex) -> write(response,
					json, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
							"This login may not make this request"))))
			// The API is stateless and authenticated per request, so there is no session to forge.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(TraceProperties properties, PasswordEncoder encoder) {
		TraceProperties.Bureau bureau = properties.bureau();
		return new InMemoryUserDetailsManager(User.withUsername(bureau.username())
			.password(encoder.encode(bureau.password()))
			.roles(BUREAU)
			.build());
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
