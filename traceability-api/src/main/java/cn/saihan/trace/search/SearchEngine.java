package cn.saihan.trace.search;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Finds products, producers and lots by free text; exact names and codes rank above partial matches. */
interface SearchEngine {

	/**
	 * @param query a stripped, non-blank query
	 * @throws SearchUnavailableException when the engine cannot answer
	 */
	Page<SearchHit> search(String query, Pageable pageable);

	/** Whether this engine keeps an index of its own that must be told about changes. */
	default boolean indexesChanges() {
		return true;
	}

	/** Makes a new or changed document findable soon; never fails the caller's write. */
	void index(SearchDocument document);

	/** Makes a document no longer findable; never fails the caller's write. */
	void remove(SearchKind kind, String key);
}
