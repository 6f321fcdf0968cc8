package cn.saihan.trace.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: a cookie-keeping HTTP client that signs in through the login form
 * and posts forms with their CSRF token, for checking status codes that a real browser hides.
 */
final class PageSession {

	/** What a browser asks for, so that errors come as pages and not as JSON. */
	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	/** Long enough for any page; a page that never answers (a loop gone wrong) fails the test instead of hanging it. */
	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	PageSession(int port) {
		this.base = "http://localhost:" + port;
	}

	PageSession login(String username, String password) {
		HttpResponse<String> answer = post("/login", Map.of("username", username, "password", password));
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + answer.statusCode());
		}
		return this;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", HTML).timeout(TIMEOUT).GET().build());
	}

	/** Posts a form as the page would: with the CSRF token of a freshly loaded page of this session. */
	HttpResponse<String> post(String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		Matcher token = CSRF.matcher(get("/login").body());
		if (token.find()) {
			form.put("_csrf", token.group(1));
		}
		return postRaw(path, form);
	}

	/** Posts a form with one file as the page would (multipart, the CSRF token a part of it). */
	HttpResponse<String> postFile(String path, String field, byte[] content, String fileName) {
		String boundary = "----page-session-" + System.nanoTime();
		Matcher token = CSRF.matcher(get("/login").body());
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		if (token.find()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
					+ "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	HttpResponse<String> postRaw(String path, Map<String, String> form) {
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", HTML)
			.timeout(TIMEOUT)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
