package cn.saihan.trace.brand;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one rule (spec §2.11) that decides which brands a lot bears. An enterprise brand: a product
 * of the brand, on its owner's lot. A regional public brand: a product of the brand, grown in its
 * origin area (the lot's town is its producer's town; where the brand names villages, the lot's
 * village must be one of them), by a producer holding a licence for the brand valid on the harvest
 * date. The lot view, the consumer page and the printed labels all ask this class; what a farmer
 * claims plays no part.
 */
public final class BrandRule {

	private BrandRule() {
	}

	/** What the rule needs to know of a lot: who grew what, where, and when. */
	public record BrandedLot(long producerId, String productCode, LocalDate harvestDate, String townCode,
			String village) {
	}

	/**
	 * @param brands the brands to consider (all of the registry: a few dozen)
	 * @param licences the lot's producer's licences (others are ignored by producer)
	 * @return the brands the lot bears, by code
	 */
	public static List<Brand> brandsOf(BrandedLot lot, Collection<Brand> brands, Collection<Licence> licences) {
		return brands.stream()
			.filter(brand -> bears(lot, brand, licences))
			.sorted(Comparator.comparing(Brand::getCode))
			.toList();
	}

	public static boolean bears(BrandedLot lot, Brand brand, Collection<Licence> licences) {
		if (!brand.covers(lot.productCode())) {
			return false;
		}
		if (brand.getKind() == BrandKind.ENTERPRISE) {
			return brand.getOwnerProducerId() != null && brand.getOwnerProducerId() == lot.producerId();
		}
		return brand.originIncludes(lot.townCode(), lot.village())
				&& licences.stream().anyMatch(licence -> licence.getBrandCode().equals(brand.getCode())
						&& licence.getProducerId() == lot.producerId() && licence.validOn(lot.harvestDate()));
	}
}
