package cn.saihan.trace.search;

/** What a hit is; the order is the tie-break between equally good hits. */
public enum SearchKind {

	PRODUCT, PRODUCER, LOT
}
