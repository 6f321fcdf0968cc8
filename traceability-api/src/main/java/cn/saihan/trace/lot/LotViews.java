package cn.saihan.trace.lot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.saihan.trace.brand.BrandMark;
import cn.saihan.trace.brand.BrandRule.BrandedLot;
import cn.saihan.trace.brand.LotBrands;
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

	private final LotBrands brands;

	LotViews(Producers producers, Products products, CertifiedQuantities certified, Towns towns, LotBrands brands) {
		this.producers = producers;
		this.products = products;
		this.certified = certified;
		this.towns = towns;
		this.brands = brands;
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
		List<Lot> ordered = List.copyOf(lots);
		List<List<BrandMark>> borne = brands.of(ordered.stream()
			.map(lot -> brandedLot(lot, producerById.get(lot.getProducerId())))
			.toList());
		List<LotView> views = new ArrayList<>(ordered.size());
		for (int i = 0; i < ordered.size(); i++) {
			Lot lot = ordered.get(i);
			views.add(LotView.of(lot, producerById.get(lot.getProducerId()), productByCode.get(lot.getProductCode()),
					townNames.of(producerById.get(lot.getProducerId()).getTownCode()),
					quantities.getOrDefault(lot.getId(), Map.of()), borne.get(i)));
		}
		return views;
	}

	/** What the brand rule asks of a lot: its town is its producer's, its village its own or else its producer's. */
	public static BrandedLot brandedLot(Lot lot, Producer producer) {
		return new BrandedLot(producer.getId(), lot.getProductCode(), lot.getHarvestDate(), producer.getTownCode(),
				lot.getVillage() != null ? lot.getVillage() : producer.getVillage());
	}
}
