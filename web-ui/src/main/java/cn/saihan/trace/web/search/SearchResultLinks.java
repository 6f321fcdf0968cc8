package cn.saihan.trace.web.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.saihan.trace.account.Actor;
import cn.saihan.trace.account.Role;
import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.product.Product;
import cn.saihan.trace.product.ProductService;
import cn.saihan.trace.search.SearchHit;
import cn.saihan.trace.search.SearchKind;

/**
 * Where a hit leads, by who reads it: a lot opens on its working page for the bureau and for its own
 * producer, and on the page a consumer sees after scanning for everyone else; a producer opens on
 * the registry page for the bureau. Products have no page of their own.
 */
@Component
class SearchResultLinks {

	private final LotService lots;

	private final ProductService products;

	SearchResultLinks(LotService lots, ProductService products) {
		this.lots = lots;
		this.products = products;
	}

	/** The lots of a page of hits are read in one query, not one per hit. */
	List<SearchResult> of(List<SearchHit> hits, Actor reader) {
		List<String> lotCodes = hits.stream().filter(hit -> hit.kind() == SearchKind.LOT).map(SearchHit::id).toList();
		Map<String, Lot> lotsByCode = lotCodes.isEmpty() ? Map.of()
				: lots.find(lotCodes).stream().collect(Collectors.toMap(lot -> lot.getLotCode().value(), Function.identity()));
		Map<String, Product> productsByCode = lotsByCode.isEmpty() ? Map.of()
				: products.catalogue().stream().collect(Collectors.toMap(Product::getCode, Function.identity()));
		return hits.stream().map(hit -> new SearchResult(hit, switch (hit.kind()) {
			// The index may still hold a lot the database no longer has: no link then.
			case LOT -> lotsByCode.containsKey(hit.id()) ? lotLink(lotsByCode.get(hit.id()), productsByCode, reader) : null;
			case PRODUCER -> isBureau(reader) ? "/bureau/producers/" + hit.id() : null;
			case PRODUCT -> null;
		})).toList();
	}

	private static String lotLink(Lot lot, Map<String, Product> productsByCode, Actor reader) {
		if (isBureau(reader) || isOwnLot(lot, reader)) {
			return "/farmer/lots/" + lot.getLotCode().value();
		}
		Product product = productsByCode.get(lot.getProductCode());
		return product == null ? null
				: DigitalLink.ofLot(null, product.getGtin(), lot.getLotCode().value()).path();
	}

	private static boolean isBureau(Actor reader) {
		return reader != null && reader.role() == Role.BUREAU;
	}

	private static boolean isOwnLot(Lot lot, Actor reader) {
		return reader != null && reader.role() == Role.FARMER && lot.getProducerId().equals(reader.producerId());
	}
}
