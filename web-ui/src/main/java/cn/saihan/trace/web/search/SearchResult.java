package cn.saihan.trace.web.search;

import cn.saihan.trace.search.SearchHit;

/** A hit and where the reader may go from it; {@code href} is null where no page of it is open to them. */
record SearchResult(SearchHit hit, String href) {
}
