package cn.saihan.trace.product;

/** What kind of produce a product is; vegetables and fruit need a compliance certificate per lot. */
public enum ProductCategory {
	VEGETABLE, FRUIT, GRAIN, HERB, FLOWER, LIVESTOCK, OTHER
}
