package cn.saihan.trace.web.brand;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.saihan.trace.brand.Brand;
import cn.saihan.trace.brand.BrandRule.BrandedLot;
import cn.saihan.trace.brand.BrandService;
import cn.saihan.trace.brand.LotBrands;
import cn.saihan.trace.brand.Logo;
import cn.saihan.trace.label.ResolverProperties;
import cn.saihan.trace.producer.ProducerService;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What the consumer page shows of the brands a lot bears (as the registry's brand rule decides):
 * logo, name, owner, until when the producer's licence runs, and the brand's story.
 */
@Component
public class BrandBlocks {

	private final LotBrands lotBrands;

	private final BrandService brands;

	private final ProducerService producers;

	/**
	 * What was drawn for a lot, kept as long as the resolver keeps the rest of its consumer page
	 * ({@code trace.resolver.cache-ttl}): a scan costs no brand queries more than the page's own.
	 */
	private final Cache<BrandedLot, List<BrandBlock>> drawn;

	BrandBlocks(LotBrands lotBrands, BrandService brands, ProducerService producers, ResolverProperties resolver) {
		this.lotBrands = lotBrands;
		this.brands = brands;
		this.producers = producers;
		this.drawn = Caffeine.newBuilder().expireAfterWrite(resolver.cacheTtl()).maximumSize(resolver.cacheSize())
			.build();
	}

	/** One brand a lot bears, as the consumer page draws it; {@code licensedUntil} {@code null} for an enterprise brand. */
	public record BrandBlock(String code, String nameZh, String kind, String owner, String logoUri, String story,
			LocalDate licensedUntil) {
	}

	public List<BrandBlock> of(long producerId, String productCode, LocalDate harvestDate, String townCode,
			String village) {
		return drawn.get(new BrandedLot(producerId, productCode, harvestDate, townCode, village), this::blocks);
	}

	private List<BrandBlock> blocks(BrandedLot lot) {
		List<LotBrands.BorneBrand> borne = lotBrands.borneBy(lot);
		if (borne.isEmpty()) {
			return List.of();
		}
		Map<String, Logo> logos = brands.logos();
		return borne.stream().map(b -> {
			Brand brand = b.brand();
			Logo logo = logos.get(brand.getCode());
			String owner = brand.getOwnerName() != null ? brand.getOwnerName()
					: producers.get(brand.getOwnerProducerId()).getName();
			return new BrandBlock(brand.getCode(), brand.getNameZh(), brand.getKind().name(), owner,
					logo == null ? null : logo.uri(), brand.getStory(),
					b.licence() == null ? null : b.licence().getValidTo());
		}).toList();
	}
}
