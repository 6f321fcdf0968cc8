package cn.saihan.trace.search;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;


/** A search as the API and the pages take it: the query checked, then answered by the configured engine. */
@Service
public class Search {

	/** Elasticsearch's default result window; deeper pages need a scroll, which nobody reads. */
	static final int MAX_WINDOW = 10_000;

	private final SearchEngine engine;

	private final SearchProperties properties;

	Search(SearchEngine engine, SearchProperties properties) {
		this.engine = engine;
		this.properties = properties;
	}

	/**
	 * @throws InvalidInputException naming {@code q} for a blank or too long query, {@code page} beyond the window
	 * @throws SearchUnavailableException when the engine cannot answer
	 */
	public Page<SearchHit> find(String q, Pageable pageable) {
		String query = q == null ? "" : q.strip();
		if (query.isEmpty()) {
			throw SearchRefusal.BLANK.invalid("q");
		}
		if (query.length() > properties.maxQueryLength()) {
			throw SearchRefusal.TOO_LONG.invalid("q", properties.maxQueryLength());
		}
		if (pageable.getOffset() + pageable.getPageSize() > MAX_WINDOW) {
			throw SearchRefusal.BEYOND_WINDOW.invalid("page", MAX_WINDOW);
		}
		return engine.search(query, pageable);
	}
}
