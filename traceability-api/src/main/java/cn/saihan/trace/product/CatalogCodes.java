package cn.saihan.trace.product;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which codes name products of the catalogue, for writes that name many products at once (a file of
 * lots): one statement for the whole set, no entities loaded.
 */
@Component
public class CatalogCodes {

	private final JdbcTemplate jdbc;

	CatalogCodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The codes among these that the catalogue holds. */
	public Set<String> knownAmong(Collection<String> codes) {
		Set<String> known = new HashSet<>();
		if (codes.isEmpty()) {
			return known;
		}
		List<String> asked = List.copyOf(codes);
		jdbc.query("select code from product where code in (%s)"
			.formatted(String.join(",", Collections.nCopies(asked.size(), "?"))),
				rs -> {
					known.add(rs.getString(1));
				}, asked.toArray());
		return known;
	}
}
