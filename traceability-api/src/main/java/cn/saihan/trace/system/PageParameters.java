package cn.saihan.trace.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks {@code ?page=} and {@code ?size=} of every collection, API and pages alike, before any
 * handler turns them into a query: a page number is a whole number from 0 to {@value #MAX_PAGE} (so
 * that page × size, the row offset, fits the database's offset whatever the size), a size a whole
 * number from 1 (larger sizes are cut to the configured maximum, 200). Anything else is bad input
 * naming the parameter, never a failed query.
 */
class PageParameters implements HandlerInterceptor {

	/** 10,000,000 pages of the largest size, 200 items, still fit an {@code int} offset. */
	static final int MAX_PAGE = 10_000_000;

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		List<FieldProblem> problems = new ArrayList<>();
		String page = request.getParameter("page");
		if (page != null && !page.isEmpty() && !within(page, 0, MAX_PAGE)) {
			problems.add(new FieldProblem("page", "must be a whole number from 0 to " + MAX_PAGE));
		}
		String size = request.getParameter("size");
		if (size != null && !size.isEmpty() && !within(size, 1, Integer.MAX_VALUE)) {
			problems.add(new FieldProblem("size", "must be a whole number from 1"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return true;
	}

	private static boolean within(String number, long min, long max) {
		if (number.length() > 10 || !number.chars().allMatch(Character::isDigit)) {
			return false;
		}
		long value = Long.parseLong(number);
		return value >= min && value <= max;
	}
}
