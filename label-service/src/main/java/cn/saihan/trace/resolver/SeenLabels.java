package cn.saihan.trace.resolver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import cn.saihan.trace.label.Serial;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The labels a browser has been counted for, in a first-party cookie of their serials: a phone that
 * reloads a label's page, or opens it again from its history, is one phone, not another scan. The
 * cookie holds nothing but serials printed on boxes (no identifier of the phone or its owner), is
 * sent to this site only, and keeps the latest {@value #MAX_SERIALS}. A browser without cookies, or
 * one that cleared them, is counted again: the count is of phones as far as they let it be told.
 */
final class SeenLabels {

	static final String COOKIE = "saihan-scanned";

	/** 40 serials of 13 characters: about 560 bytes, well inside a cookie. */
	static final int MAX_SERIALS = 40;

	/** Long enough for a box to be bought, eaten and its label looked at again. */
	private static final long MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

	private SeenLabels() {
	}

	static boolean contains(HttpServletRequest request, String serial) {
		return serials(request).contains(serial);
	}

	/** Adds the serial, latest last, dropping the oldest beyond {@value #MAX_SERIALS}. */
	static void add(HttpServletRequest request, HttpServletResponse response, String serial) {
		List<String> seen = new ArrayList<>(serials(request));
		seen.remove(serial);
		seen.add(serial);
		List<String> kept = seen.subList(Math.max(0, seen.size() - MAX_SERIALS), seen.size());
		ResponseCookie cookie = ResponseCookie.from(COOKIE, String.join(".", kept))
			.path("/")
			.maxAge(MAX_AGE_SECONDS)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** The serials the browser sent; anything that is no serial is ignored. */
	private static List<String> serials(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return List.of();
		}
		return Arrays.stream(cookies)
			.filter(cookie -> COOKIE.equals(cookie.getName()) && cookie.getValue() != null)
			.flatMap(cookie -> Arrays.stream(cookie.getValue().split("\\.")))
			.filter(Serial::isValid)
			.distinct()
			.toList();
	}
}
