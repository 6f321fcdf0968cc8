package cn.saihan.trace.product;

import org.springframework.stereotype.Component;

import cn.saihan.trace.gs1.Gtin;

/**
 * Assigns the next free GTIN-13 under the configured company prefix: prefix + item reference +
 * check digit, padded to 14 digits. The unique index on {@code product.gtin} settles a race.
 */
@Component
class GtinAllocator {

	private final Products products;

	private final String prefix;

	GtinAllocator(Products products, CatalogProperties properties) {
		this.products = products;
		this.prefix = properties.gs1CompanyPrefix();
	}

	Gtin next() {
		String padded = "0" + prefix;
		int itemDigits = 12 - prefix.length();
		long nextItem = products.findMaxGtinStartingWith(padded)
			.map(max -> Long.parseLong(max.substring(padded.length(), 13)) + 1)
			.orElse(1L);
		if (String.valueOf(nextItem).length() > itemDigits) {
			throw new IllegalStateException("The company prefix " + prefix + " has no free item reference left");
		}
		String itemReference = String.format("%0" + itemDigits + "d", nextItem);
		return Gtin.withCheckDigit("0" + prefix + itemReference);
	}
}
