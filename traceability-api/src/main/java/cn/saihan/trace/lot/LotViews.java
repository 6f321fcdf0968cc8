package cn.saihan.trace.lot;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.product.Product;
import cn.saihan.trace.product.Products;
import cn.saihan.trace.town.TownNames;
import cn.saihan.trace.town.Towns;

/**
 * Assembles lot views with one query per table for a whole page, not one per lot; what a lot counts
 * as certified is its stored allocation ({@link CertifiedQuantities}).
 */
@Component
public class LotViews {

	private final Producers producers;

	private final Products products;

	private final CertifiedQuantities certified;

	private final Towns towns;

	LotViews(Producers producers, Products products, CertifiedQuantities certified, Towns towns) {
		this.producers = producers;
		this.products = products;
		this.certified = certified;
		this.towns = towns;
	}

	public LotView of(Lot lot) {
		return of(List.of(lot)).get(0);
	}

	public List<LotView> of(Collection<Lot> lots) {
		List<Long> producerIds = lots.stream().map(Lot::getProducerId).distinct().toList();
		Map<Long, Producer> producerById = producers.findAllById(producerIds).stream()
			.collect(Collectors.toMap(Producer::getId, Function.identity()));
		Map<String, Product> productByCode = products.findAllById(lots.stream().map(Lot::getProductCode).distinct().toList())
			.stream().collect(Collectors.toMap(Product::getCode, Function.identity()));
		Map<Long, Map<CertificationType, CertifiedQuantity>> quantities = certified
			.of(lots.stream().map(Lot::getId).toList());
		TownNames townNames = towns.namesZh();
		return lots.stream()
			.map(lot -> LotView.of(lot, producerById.get(lot.getProducerId()), productByCode.get(lot.getProductCode()),
					townNames.of(producerById.get(lot.getProducerId()).getTownCode()),
					quantities.getOrDefault(lot.getId(), Map.of())))
			.toList();
	}
}
