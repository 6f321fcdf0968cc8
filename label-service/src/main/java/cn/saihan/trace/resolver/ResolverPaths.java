package cn.saihan.trace.resolver;

import java.util.regex.Pattern;

/**
 * Which request paths are the resolver's: every path under {@code /01/}, a compressed Digital Link
 * (one segment of URL-safe base64 at the root) and the description file. Those answer anyone from
 * anywhere (CORS), and only those may carry what a Digital Link's values may hold and a container
 * refuses elsewhere: encoded slashes and percents, and semicolons.
 */
final class ResolverPaths {

	private static final Pattern COMPRESSED = Pattern.compile("/[A-Za-z0-9_-]{10,}/?");

	private ResolverPaths() {
	}

	/** Whether a request URI, still encoded and without its context path, is the resolver's. */
	static boolean matches(String path) {
		return path.equals("/01") || path.startsWith("/01/") || path.equals("/.well-known/gs1resolver")
				|| COMPRESSED.matcher(path).matches();
	}
}
