package cn.saihan.trace.product;

import cn.saihan.trace.system.Refusal;

/** Why a product is refused; pages translate the codes. */
public enum ProductRefusal implements Refusal {

	NOT_FOUND("No product with code {0}"),
	CODE_TAKEN("A product with code {0} already exists"),
	GTIN_TAKEN("GTIN {0} is already assigned to another product");

	private final String english;

	ProductRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
