package cn.saihan.trace.product;

import cn.saihan.trace.gs1.Gtin;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product of the catalog, such as 太平庄番茄, identified by a stable code and a GTIN-14. */
@Entity
@Table(name = "product")
public class Product {

	@Id
	private String code;

	private String nameZh;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private ProductCategory category;

	private String gtin;

	protected Product() {
	}

	public Product(String code, String nameZh, String nameEn, ProductCategory category, Gtin gtin) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.category = category;
		this.gtin = gtin.value();
	}

	public String getCode() {
		return code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public ProductCategory getCategory() {
		return category;
	}

	public Gtin getGtin() {
		return new Gtin(gtin);
	}
}
