package cn.saihan.trace.town;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The district's towns for other features and the pages, which read them through this service
 * rather than the repository: the town feature alone decides how towns are stored. Eleven rows,
 * read per call, so that no cache can go stale.
 */
@Service
public class TownService {

	private final Towns towns;

	TownService(Towns towns) {
		this.towns = towns;
	}

	/** Every town, by code. */
	public List<Town> all() {
		return towns.findAllByOrderByCode();
	}

	/** The town of a code; empty for {@code null} or a code of no town. */
	public Optional<Town> find(String code) {
		return code == null ? Optional.empty() : towns.findById(code);
	}
}
