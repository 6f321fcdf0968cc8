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
 * the registry page for the bureau and on its public page (no contact, credit code or logins) for
 * everyone else; a product opens on its product page (what it is and who grows it), the page its
 * GTIN alone resolves to.
 */
@Component
class SearchResultLinks {

	private final LotService lots;

	private final ProductService products;

	SearchResultLinks(LotService lots, ProductService products) {
		this.lots = lots;
		this.products = products;
	}

	/** The lots of a page of hits are read in one query, not one per hit; the catalogue is a few dozen rows. */
	List<SearchResult> of(List<SearchHit> hits, Actor reader) {
		List<String> lotCodes = hits.stream().filter(hit -> hit.kind() == SearchKind.LOT).map(SearchHit::id).toList();
		Map<String, Lot> lotsByCode = lotCodes.isEmpty() ? Map.of()
				: lots.find(lotCodes).stream().collect(Collectors.toMap(lot -> lot.getLotCode().value(), Function.identity()));
		boolean needsCatalogue = !lotsByCode.isEmpty() || hits.stream().anyMatch(hit -> hit.kind() == SearchKind.PRODUCT);
		Map<String, Product> productsByCode = !needsCatalogue ? Map.of()
				: products.catalogue().stream().collect(Collectors.toMap(Product::getCode, Function.identity()));
		return hits.stream().map(hit -> switch (hit.kind()) {
			// The index may still hold a lot or product the database no longer has: no link then.
			case LOT -> new SearchResult(hit,
					lotsByCode.containsKey(hit.id()) ? lotLink(lotsByCode.get(hit.id()), productsByCode, reader) : null, null);
			case PRODUCER -> new SearchResult(hit,
					isBureau(reader) ? "/bureau/producers/" + hit.id() : "/producers/" + hit.id(), null);
			case PRODUCT -> {
				Product product = productsByCode.get(hit.id());
				yield new SearchResult(hit, product == null ? null : DigitalLink.ofProduct(null, product.getGtin()).path(),
						product);
			}
		}).toList();
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
