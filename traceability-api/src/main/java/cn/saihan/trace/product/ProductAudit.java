package cn.saihan.trace.product;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.audit.AuditTrail;

/** Records each product added to the catalogue in the audit chain, in the transaction of the write. */
@Component
class ProductAudit {

	private final AuditTrail trail;

	ProductAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(ProductAdded added) {
		Product product = added.product();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("code", product.getCode());
		content.put("nameZh", product.getNameZh());
		content.put("nameEn", product.getNameEn());
		content.put("category", product.getCategory().name());
		content.put("gtin", product.getGtin().value());
		trail.record("PRODUCT_ADDED", "product:" + product.getCode(), content);
	}
}
