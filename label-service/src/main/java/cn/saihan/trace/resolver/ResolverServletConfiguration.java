package cn.saihan.trace.resolver;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets the values of a Digital Link through to the resolver. A lot or serial may hold {@code /},
 * {@code %} and {@code ;} (GS1 character set 82), which a URI carries as {@code %2F}, {@code %25}
 * and {@code ;} (or {@code %3B}): Tomcat refuses an encoded slash before any application code, and
 * Spring Security's firewall the rest. Tomcat passes encoded slashes through unchanged (it cannot
 * do so per path), and the firewall allows them, with percents and semicolons, on the resolver's
 * paths only; every other path is checked as strictly as before. Characters a URI may not hold
 * unencoded ({@code "<>} and the like) reach the resolver too, which names them in a 400.
 */
@Configuration(proxyBeanMethods = false)
class ResolverServletConfiguration {

	private static final String RELAXED_CHARACTERS = "\"<>[\\]^`{|}";

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> digitalLinkValuesInPaths() {
		return factory -> factory.addConnectorCustomizers(connector -> {
			connector.setEncodedSolidusHandling("passthrough");
			connector.setProperty("relaxedPathChars", RELAXED_CHARACTERS);
			connector.setProperty("relaxedQueryChars", RELAXED_CHARACTERS);
		});
	}

	@Bean
	HttpFirewall resolverFirewall() {
		StrictHttpFirewall everywhere = new StrictHttpFirewall();
		StrictHttpFirewall resolver = new StrictHttpFirewall();
		resolver.setAllowUrlEncodedSlash(true);
		resolver.setAllowUrlEncodedPercent(true);
		resolver.setAllowUrlEncodedPeriod(true);
		resolver.setAllowSemicolon(true);
		return new HttpFirewall() {

			@Override
			public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				return (ResolverPaths.matches(path) ? resolver : everywhere).getFirewalledRequest(request);
			}

			@Override
			public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
				return everywhere.getFirewalledResponse(response);
			}
		};
	}
}
