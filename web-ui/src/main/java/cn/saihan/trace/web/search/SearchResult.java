package cn.saihan.trace.web.search;

import cn.saihan.trace.product.Product;
import cn.saihan.trace.search.SearchHit;

/**
 * A hit and where the reader may go from it; {@code href} is null where no page of it is open to
 * them. A product hit carries its catalogue entry, so that the page names it and its category in the
 * reader's language rather than showing the index's line of English name and category code.
 */
record SearchResult(SearchHit hit, String href, Product product) {
}
