package cn.saihan.trace.label;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.saihan.trace.account.Role;
import cn.saihan.trace.system.AuthorizationRules;

/**
 * Who may issue, list and print a lot's labels and print its compliance certificate: the bureau and
 * farmers, and {@link LabelController} also checks that the lot is the farmer's own. A list or sheet
 * of a lot's labels hands out every valid serial, so whoever has it can print genuine codes; a
 * compliance certificate is its producer's commitment, printed by it. One label's picture
 * ({@code /api/v1/labels/{serial}.png}) is public, as the API's reads are.
 */
@Component
@Order(10)
class LabelAuthorizationRules implements AuthorizationRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/api/v1/lots/*/labels", "/api/v1/lots/*/labels.pdf", "/api/v1/lots/*/certificate.pdf")
			.hasAnyRole(Role.BUREAU.name(), Role.FARMER.name());
	}
}
