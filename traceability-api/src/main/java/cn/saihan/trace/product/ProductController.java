package cn.saihan.trace.product;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
class ProductController {

	private final Products products;

	private final ProductService service;

	ProductController(Products products, ProductService service) {
		this.products = products;
		this.service = service;
	}

	@GetMapping("/api/v1/products")
	List<ProductView> products() {
		return products.findAllByOrderByCode().stream().map(ProductView::of).toList();
	}

	@GetMapping("/api/v1/products/{code}")
	ProductView product(@PathVariable String code) {
		return products.findById(code).map(ProductView::of)
			.orElseThrow(() -> ProductRefusal.NOT_FOUND.notFound(code));
	}

	@PostMapping("/api/v1/products")
	ResponseEntity<ProductView> add(@Valid @RequestBody ProductRequest request) {
		Product product = service.add(new ProductService.NewProduct(request.code(), request.nameZh(), request.nameEn(),
				request.category(), request.gtin()));
		return ResponseEntity.created(URI.create("/api/v1/products/" + product.getCode()))
			.body(ProductView.of(product));
	}

	record ProductRequest(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}",
					message = "must be 2 to 40 characters of A-Z, 0-9 and '-', starting with a letter") String code,
			@NotBlank @PlainText @Size(max = 100) String nameZh, @PlainText @Size(max = 100) String nameEn,
			@NotNull ProductCategory category, @ValidGtin String gtin) {
	}

	record ProductView(String code, String nameZh, String nameEn, ProductCategory category, String gtin) {
		static ProductView of(Product product) {
			return new ProductView(product.getCode(), product.getNameZh(), product.getNameEn(),
					product.getCategory(), product.getGtin().value());
		}
	}
}
