package cn.saihan.trace.search;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.system.InvalidInputException;

@RestController
class SearchController {

	/** Elasticsearch's default result window; deeper pages need a scroll, which nobody reads. */
	static final int MAX_WINDOW = 10_000;

	private final SearchEngine engine;

	private final SearchProperties properties;

	SearchController(SearchEngine engine, SearchProperties properties) {
		this.engine = engine;
		this.properties = properties;
	}

	/** A missing {@code q} is reported like a blank one, as a problem naming {@code q}. */
	@GetMapping("/api/v1/search")
	PagedModel<SearchHit> search(@RequestParam(required = false) String q,
			@PageableDefault(size = 20) Pageable pageable) {
		String query = q == null ? "" : q.strip();
		if (query.isEmpty()) {
			throw new InvalidInputException("q", "must not be blank");
		}
		if (query.length() > properties.maxQueryLength()) {
			throw new InvalidInputException("q", "must be at most " + properties.maxQueryLength() + " characters");
		}
		if (pageable.getOffset() + pageable.getPageSize() > MAX_WINDOW) {
			throw new InvalidInputException("page", "must stay within the first " + MAX_WINDOW + " hits");
		}
		return new PagedModel<>(engine.search(query, pageable));
	}
}
