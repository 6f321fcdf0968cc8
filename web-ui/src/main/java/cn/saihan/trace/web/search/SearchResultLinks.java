package cn.saihan.trace.web.search;

import org.springframework.stereotype.Component;

import cn.saihan.trace.account.Actor;
import cn.saihan.trace.account.Role;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.Lots;
import cn.saihan.trace.product.Products;
import cn.saihan.trace.search.SearchHit;

/**
 * Where a hit leads, by who reads it: a lot opens on its working page for the bureau and for its own
 * producer, and on the page a consumer sees after scanning for everyone else; a producer opens on
 * the registry page for the bureau. Products have no page of their own.
 */
@Component
class SearchResultLinks {

	private final Lots lots;

	private final Products products;

	SearchResultLinks(Lots lots, Products products) {
		this.lots = lots;
		this.products = products;
	}

	SearchResult of(SearchHit hit, Actor reader) {
		return new SearchResult(hit, switch (hit.kind()) {
			case LOT -> lotLink(hit.id(), reader);
			case PRODUCER -> isBureau(reader) ? "/bureau/producers/" + hit.id() : null;
			case PRODUCT -> null;
		});
	}

	private String lotLink(String lotCode, Actor reader) {
		// The index may still hold a lot the database no longer has: no link then.
		return lots.findByLotCode(lotCode).map(lot -> {
			if (isBureau(reader) || isOwnLot(lot, reader)) {
				return "/farmer/lots/" + lot.getLotCode().value();
			}
			return products.findById(lot.getProductCode())
				.map(product -> "/01/" + product.getGtin().value() + "/10/" + lot.getLotCode().value())
				.orElse(null);
		}).orElse(null);
	}

	private static boolean isBureau(Actor reader) {
		return reader != null && reader.role() == Role.BUREAU;
	}

	private static boolean isOwnLot(Lot lot, Actor reader) {
		return reader != null && reader.role() == Role.FARMER && lot.getProducerId().equals(reader.producerId());
	}
}
