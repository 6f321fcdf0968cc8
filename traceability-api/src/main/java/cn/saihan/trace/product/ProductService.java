package cn.saihan.trace.product;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.gs1.Gtin;

/**
 * Adds products to the catalogue, from the API or the bureau's page: a code and a GTIN of their
 * own (the next one of the district's company prefix when none is given), and the
 * {@link ProductAdded} announcement that other features listen to.
 */
@Service
public class ProductService {

	private final Products products;

	private final GtinAllocator gtins;

	private final ApplicationEventPublisher events;

	ProductService(Products products, GtinAllocator gtins, ApplicationEventPublisher events) {
		this.products = products;
		this.gtins = gtins;
		this.events = events;
	}

	/** A product to add; {@code gtin} {@code null} to have one assigned. */
	public record NewProduct(String code, String nameZh, String nameEn, ProductCategory category, String gtin) {
	}

	/** The whole catalogue, by code: a few dozen products. */
	public List<Product> catalogue() {
		return products.findAllByOrderByCode();
	}

	/** The product of a code; empty for {@code null} or a code of no product. */
	public Optional<Product> find(String code) {
		return code == null ? Optional.empty() : products.findById(code);
	}

	@Transactional
	public Product add(NewProduct details) {
		if (products.existsById(details.code())) {
			throw ProductRefusal.CODE_TAKEN.conflict("code", details.code());
		}
		Gtin gtin = details.gtin() == null ? gtins.next() : Gtin.of(details.gtin());
		if (products.existsByGtin(gtin.value())) {
			throw ProductRefusal.GTIN_TAKEN.conflict("gtin", gtin);
		}
		Product product = products.save(
				new Product(details.code(), details.nameZh(), details.nameEn(), details.category(), gtin));
		events.publishEvent(new ProductAdded(product));
		return product;
	}
}
