package cn.saihan.trace.producer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where producers are, for writes that name many of them at once (a file of lots): one statement for
 * a whole set of ids, no entities loaded into the persistence context, and producer ids found by
 * their credit codes the same way.
 */
@Component
public class ProducerPlaces {

	/** Ids asked for in one statement at most. */
	private static final int IDS_PER_QUERY = 1000;

	private final JdbcTemplate jdbc;

	ProducerPlaces(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A registered producer's town and village (the village may be {@code null}). */
	public record Place(long producerId, String townCode, String village) {
	}

	/**
	 * The places of the registered producers among these ids, by id; unknown ids are left out. The ids
	 * are numbers, written into the statement as such: H2 then checks each row found against a set
	 * rather than against every parameter of a list in turn.
	 */
	public Map<Long, Place> of(Collection<Long> producerIds) {
		Map<Long, Place> found = new HashMap<>();
		List<Long> ids = List.copyOf(producerIds);
		for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
			String part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).stream()
				.map(id -> Long.toString(id))
				.collect(Collectors.joining(","));
			jdbc.query("select id, town_code, village from producer where id in (" + part + ")", rs -> {
				found.put(rs.getLong(1), new Place(rs.getLong(1), rs.getString(2), rs.getString(3)));
			});
		}
		return found;
	}

	/** The id of the producer registered with this credit code. */
	public Optional<Long> idOf(String creditCode) {
		return jdbc.query("select id from producer where credit_code = ?", (rs, row) -> rs.getLong(1), creditCode)
			.stream()
			.findFirst();
	}
}
