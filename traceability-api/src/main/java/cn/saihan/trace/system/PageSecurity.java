package cn.saihan.trace.system;

/**
 * What the pages' chain needs to know of the pages themselves, given by the module that draws them
 * (web-ui); without such a bean (a module tested alone) the defaults below apply.
 *
 * @param landing where a fresh sign-in lands when it was not sent to the sign-in page from elsewhere
 * @param contentSecurityPolicy the {@code Content-Security-Policy} of every answer of the pages' chain
 */
public record PageSecurity(String landing, String contentSecurityPolicy) {

	/** Land on the home page; load nothing from elsewhere, run no inline script, be framed by nobody. */
	static final PageSecurity DEFAULT = new PageSecurity("/", "default-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
}
