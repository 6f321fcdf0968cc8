package cn.saihan.trace.brand;

/** A brand as a lot view names it. */
public record BrandMark(String code, String nameZh) {

	static BrandMark of(Brand brand) {
		return new BrandMark(brand.getCode(), brand.getNameZh());
	}
}
