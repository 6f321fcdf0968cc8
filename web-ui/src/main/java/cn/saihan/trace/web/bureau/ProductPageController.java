package cn.saihan.trace.web.bureau;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.saihan.trace.product.ProductCategory;
import cn.saihan.trace.product.ProductService;
import cn.saihan.trace.web.system.Forms;
import jakarta.validation.Valid;

/**
 * The product catalogue and the form that adds a specialty product to it, so that farmers can
 * register lots of it and its labels carry a GTIN of its own.
 */
@Controller
@RequestMapping("/bureau/products")
class ProductPageController {

	private final ProductService service;

	ProductPageController(ProductService service) {
		this.service = service;
	}

	@GetMapping
	String catalogue(Model model) {
		return catalogue(new ProductForm(), model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("productForm") ProductForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> service.add(form.toNewProduct()))
			.map(product -> {
				redirect.addFlashAttribute("notice", "products.added");
				redirect.addFlashAttribute("addedCode", product.getCode());
				return "redirect:/bureau/products";
			})
			.orElseGet(() -> catalogue(form, model));
	}

	private String catalogue(ProductForm form, Model model) {
		model.addAttribute("productForm", form);
		model.addAttribute("products", service.catalogue());
		model.addAttribute("categories", ProductCategory.values());
		return "bureau/products";
	}
}
