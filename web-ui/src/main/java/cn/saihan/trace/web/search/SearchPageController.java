package cn.saihan.trace.web.search;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.saihan.trace.account.Actor;
import cn.saihan.trace.search.Search;
import cn.saihan.trace.search.SearchHit;
import cn.saihan.trace.search.SearchUnavailableException;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.web.system.PageMessages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One box for everyone: a visitor finds a lot's public page, the bureau the registry pages. The
 * engine is the one configured for the API (the database, or Elasticsearch); when it cannot answer,
 * the page says so with 503 rather than failing.
 */
@Controller
class SearchPageController {

	private static final int PAGE_SIZE = 20;

	private final Search search;

	private final SearchResultLinks links;

	private final PageMessages texts;

	SearchPageController(Search search, SearchResultLinks links, PageMessages texts) {
		this.search = search;
		this.links = links;
		this.texts = texts;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model,
			HttpServletResponse response) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		if (query.isEmpty()) {
			return "search/results";
		}
		try {
			Page<SearchHit> hits = search.find(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
			// the page model's advice has put the signed-in reader (or null) there before this handler runs
			Actor reader = (Actor) model.getAttribute("actor");
			model.addAttribute("page", hits);
			model.addAttribute("results", links.of(hits.getContent(), reader));
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("queryError", texts.of(refused));
		}
		catch (SearchUnavailableException down) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			model.addAttribute("queryError", texts.of("search.unavailable"));
		}
		return "search/results";
	}
}
