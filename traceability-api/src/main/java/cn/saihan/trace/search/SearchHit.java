package cn.saihan.trace.search;

/**
 * One search result.
 *
 * @param kind product, producer or lot
 * @param id the product code, the producer id or the lot code, as the resource's own path uses it
 * @param title what to show as the hit's heading
 * @param snippet a line of context under the heading
 * @param score relevance; only the order within one answer means something
 */
public record SearchHit(SearchKind kind, String id, String title, String snippet, double score) {
}
