package cn.saihan.trace.brand;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.brand.BrandRule.BrandedLot;

/**
 * The brands lots bear, for lot views: every brand and the lots' producers' licences read once for
 * a whole page, then {@link BrandRule} asked lot by lot.
 */
@Component
public class LotBrands {

	private final Brands brands;

	private final Licences licences;

	LotBrands(Brands brands, Licences licences) {
		this.brands = brands;
		this.licences = licences;
	}

	/** The brands each lot bears, in the order of {@code lots}. */
	@Transactional(readOnly = true)
	public List<List<BrandMark>> of(List<BrandedLot> lots) {
		if (lots.isEmpty()) {
			return List.of();
		}
		List<Brand> all = brands.findAllByOrderByCode();
		if (all.isEmpty()) {
			return lots.stream().map(lot -> List.<BrandMark>of()).toList();
		}
		Map<Long, List<Licence>> held = licences.findByProducerIdIn(producers(lots)).stream()
			.collect(Collectors.groupingBy(Licence::getProducerId));
		return lots.stream()
			.map(lot -> BrandRule.brandsOf(lot, all, held.getOrDefault(lot.producerId(), List.of())).stream()
				.map(BrandMark::of).toList())
			.toList();
	}

	/** The brands one lot bears, whole, with the licence under which each regional one is borne. */
	@Transactional(readOnly = true)
	public List<BorneBrand> borneBy(BrandedLot lot) {
		List<Licence> held = licences.findByProducerIdIn(List.of(lot.producerId()));
		return BrandRule.brandsOf(lot, brands.findAllByOrderByCode(), held).stream()
			.map(brand -> new BorneBrand(brand, held.stream()
				.filter(l -> l.getBrandCode().equals(brand.getCode()) && l.validOn(lot.harvestDate()))
				.findFirst().orElse(null)))
			.toList();
	}

	/** A brand a lot bears, and for a regional brand the licence it is borne under ({@code null} for an enterprise brand). */
	public record BorneBrand(Brand brand, Licence licence) {
	}

	private static Collection<Long> producers(List<BrandedLot> lots) {
		return lots.stream().map(BrandedLot::producerId).distinct().toList();
	}
}
