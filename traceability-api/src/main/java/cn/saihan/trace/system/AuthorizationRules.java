package cn.saihan.trace.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call a module's own paths. Each module (or feature) that serves paths of its own declares
 * them in a bean of this type, and {@link SecurityConfiguration} applies every such bean, in
 * {@code @Order}, to the chain the paths belong to: {@link #api} to the API's chain ({@code /api/**},
 * stateless HTTP Basic), {@link #pages} to the pages' chain (every other path but
 * {@code /actuator/**}: a session, form login, CSRF). So the registry knows only its own paths:
 * label-service declares its label sheets and resolver paths, web-ui its pages.
 *
 * <p>Rules name the module's own paths only. They come before each chain's defaults, which are: on
 * the API, reads public and every other call the bureau's; on pages, {@code GET} and {@code HEAD}
 * public and everything else for a signed-in login. Role names are {@code account.Role}'s.
 */
public interface AuthorizationRules {

	/** Rules for the module's paths under {@code /api/}. */
	default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}

	/** Rules for the module's other paths (pages, the resolver). */
	default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}
}
