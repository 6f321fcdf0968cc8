package cn.saihan.trace.search;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	/** A missing {@code q} is reported like a blank one, as a problem naming {@code q}. */
	@GetMapping("/api/v1/search")
	PagedModel<SearchHit> search(@RequestParam(required = false) String q,
			@PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(search.find(q, pageable));
	}
}
