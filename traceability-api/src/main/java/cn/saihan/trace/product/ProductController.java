package cn.saihan.trace.product;

import java.net.URI;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.system.ConflictException;
import cn.saihan.trace.system.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
class ProductController {

	private final Products products;

	private final GtinAllocator gtins;

	private final ApplicationEventPublisher events;

	ProductController(Products products, GtinAllocator gtins, ApplicationEventPublisher events) {
		this.products = products;
		this.gtins = gtins;
		this.events = events;
	}

	@GetMapping("/api/v1/products")
	List<ProductView> products() {
		return products.findAllByOrderByCode().stream().map(ProductView::of).toList();
	}

	@GetMapping("/api/v1/products/{code}")
	ProductView product(@PathVariable String code) {
		return products.findById(code).map(ProductView::of)
			.orElseThrow(() -> new NotFoundException("No product with code " + code));
	}

	@PostMapping("/api/v1/products")
	@Transactional
	ResponseEntity<ProductView> add(@Valid @RequestBody ProductRequest request) {
		if (products.existsById(request.code())) {
			throw new ConflictException("code", "A product with code " + request.code() + " already exists");
		}
		Gtin gtin = request.gtin() == null ? gtins.next() : Gtin.of(request.gtin());
		if (products.existsByGtin(gtin.value())) {
			throw new ConflictException("gtin", "GTIN " + gtin + " is already assigned to another product");
		}
		Product product = products.save(
				new Product(request.code(), request.nameZh(), request.nameEn(), request.category(), gtin));
		events.publishEvent(new ProductAdded(product));
		return ResponseEntity.created(URI.create("/api/v1/products/" + product.getCode()))
			.body(ProductView.of(product));
	}

	record ProductRequest(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}",
					message = "must be 2 to 40 characters of A-Z, 0-9 and '-', starting with a letter") String code,
			@NotBlank @Size(max = 100) String nameZh, @Size(max = 100) String nameEn,
			@NotNull ProductCategory category, @ValidGtin String gtin) {
	}

	record ProductView(String code, String nameZh, String nameEn, ProductCategory category, String gtin) {
		static ProductView of(Product product) {
			return new ProductView(product.getCode(), product.getNameZh(), product.getNameEn(),
					product.getCategory(), product.getGtin().value());
		}
	}
}
