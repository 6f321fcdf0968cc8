package cn.saihan.trace.search;

import org.springframework.stereotype.Component;

import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.product.Product;
import cn.saihan.trace.product.Products;
import cn.saihan.trace.town.Town;
import cn.saihan.trace.town.Towns;

/** Builds the search documents of registry entities, looking up the names a document shows. */
@Component
class SearchDocuments {

	private final Products products;

	private final Producers producers;

	private final Towns towns;

	SearchDocuments(Products products, Producers producers, Towns towns) {
		this.products = products;
		this.producers = producers;
		this.towns = towns;
	}

	SearchDocument of(Product product) {
		return SearchDocument.product(product.getCode(), product.getNameZh(), product.getNameEn(),
				product.getCategory().name(), product.getGtin().value());
	}

	SearchDocument of(Producer producer) {
		return SearchDocument.producer(producer.getId(), producer.getName(), producer.getCreditCode(),
				townName(producer.getTownCode()), producer.getVillage());
	}

	SearchDocument of(Lot lot) {
		Product product = products.findById(lot.getProductCode()).orElseThrow();
		Producer producer = producers.findById(lot.getProducerId()).orElseThrow();
		String village = lot.getVillage() != null ? lot.getVillage() : producer.getVillage();
		return SearchDocument.lot(lot.getLotCode().value(), product.getNameZh(), product.getNameEn(),
				producer.getName(), townName(producer.getTownCode()), village, lot.getPlot(), lot.getHarvestDate());
	}

	private String townName(String code) {
		return towns.findById(code).map(Town::getNameZh).orElse(code);
	}
}
