package cn.saihan.trace.brand;

/** Who owns a brand, and so who may put it on a lot. */
public enum BrandKind {

	/** 区域公用品牌: owned by an association or the bureau, used by licensed producers of its origin area. */
	REGIONAL_PUBLIC,

	/** 企业品牌: owned by one producer, on its own lots only. */
	ENTERPRISE
}
