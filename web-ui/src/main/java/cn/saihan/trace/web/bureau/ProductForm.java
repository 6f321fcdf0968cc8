package cn.saihan.trace.web.bureau;

import cn.saihan.trace.product.ProductCategory;
import cn.saihan.trace.product.ProductService.NewProduct;
import cn.saihan.trace.product.ValidGtin;
import cn.saihan.trace.system.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The "add a product to the catalogue" form, with the rules of {@code POST /api/v1/products}. */
public class ProductForm {

	@NotBlank
	@Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}")
	private String code;

	@NotBlank
	@Size(max = 100)
	@PlainText
	private String nameZh;

	@Size(max = 100)
	@PlainText
	private String nameEn;

	@NotNull
	private ProductCategory category = ProductCategory.VEGETABLE;

	@ValidGtin
	private String gtin;

	NewProduct toNewProduct() {
		return new NewProduct(code, nameZh.strip(), nameEn, category, gtin);
	}

	public String getCode() {
		return code;
	}

	/** Codes are printed in capitals; typed in lower case they mean the same. */
	public void setCode(String code) {
		this.code = blankToNull(code) == null ? null : code.strip().toUpperCase();
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = blankToNull(nameEn);
	}

	public ProductCategory getCategory() {
		return category;
	}

	public void setCategory(ProductCategory category) {
		this.category = category;
	}

	public String getGtin() {
		return gtin;
	}

	/** Blank: the next GTIN of the district's company prefix is assigned. */
	public void setGtin(String gtin) {
		this.gtin = blankToNull(gtin);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
