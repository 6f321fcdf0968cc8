package cn.saihan.trace.label;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the resolver under {@code trace.resolver}. They live with the labels because the
 * base URL is printed into every label: change it and new labels point elsewhere, old ones not.
 *
 * @param baseUrl where labels resolve: scheme, host and an optional path prefix
 * @param suspiciousAfterScans how many earlier scans make a genuine label suspect of having been
 * copied: a box is scanned by its buyer and perhaps a few people more, a code copied onto many
 * boxes far more often
 * @param cacheTtl how long an instance reuses what it read of a lot for its consumer page (product,
 * producer, certifications, events); a scan itself is always counted in the database, so a burst
 * of scans costs one small update each, and changes to a lot show within this time
 * @param cacheSize how many lots an instance keeps read at most
 */
@ConfigurationProperties("trace.resolver")
public record ResolverProperties(@DefaultValue("http://localhost:8080") URI baseUrl,
		@DefaultValue("5") int suspiciousAfterScans, @DefaultValue("10s") Duration cacheTtl,
		@DefaultValue("10000") int cacheSize) {

	public ResolverProperties {
		if (baseUrl.getScheme() == null || !baseUrl.getScheme().matches("https?") || baseUrl.getHost() == null
				|| baseUrl.getQuery() != null || baseUrl.getFragment() != null) {
			throw new IllegalArgumentException("trace.resolver.base-url must be http(s)://host[:port][/prefix]: " + baseUrl);
		}
		if (suspiciousAfterScans < 1) {
			throw new IllegalArgumentException("trace.resolver.suspicious-after-scans must be at least 1");
		}
	}

	/**
	 * Whether labels would point at this machine only (the default, fine for a first try): a phone
	 * scanning a printed label could not open them, so the pages warn before anyone prints.
	 */
	public boolean onlyThisMachine() {
		String host = baseUrl.getHost();
		return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]");
	}
}
