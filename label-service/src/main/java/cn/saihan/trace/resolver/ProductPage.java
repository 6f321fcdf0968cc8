package cn.saihan.trace.resolver;

import java.util.List;

import cn.saihan.trace.resolver.ConsumerView.ProductView;

/**
 * What the GTIN alone ({@code /01/{gtin}}) tells: the product and who grows it. It vouches for no
 * box: only a label's full code (lot and serial) can be checked, and the page says so.
 *
 * @param uri the product's Digital Link
 * @param product the product
 * @param growers the producers with registered lots of it
 */
public record ProductPage(String uri, ProductView product, List<Grower> growers) {

	/** @param id the producer's id, for its public page ({@code /producers/{id}}) */
	public record Grower(Long id, String name, String townCode, String townNameZh, String village) {
	}
}
