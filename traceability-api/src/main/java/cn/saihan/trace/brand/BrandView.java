package cn.saihan.trace.brand;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A brand as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BrandView(String code, String nameZh, BrandKind kind, String ownerName, Long ownerProducerId,
		List<String> productCodes, List<String> originTowns, List<String> originVillages, String story, Logo logo) {

	static BrandView of(Brand brand, Logo logo) {
		return new BrandView(brand.getCode(), brand.getNameZh(), brand.getKind(), brand.getOwnerName(),
				brand.getOwnerProducerId(), brand.getProductCodes().stream().sorted().toList(),
				brand.getOriginTowns().stream().sorted().toList(),
				brand.getOriginVillages().stream().sorted().toList(), brand.getStory(), logo);
	}
}
