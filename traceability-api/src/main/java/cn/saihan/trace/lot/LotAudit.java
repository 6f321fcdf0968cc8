package cn.saihan.trace.lot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.audit.AuditTrail;

/**
 * Records each registered lot in the audit chain, from the announcement its registration publishes
 * inside its transaction: the entry commits or rolls back with the lot. Each feature records its own
 * writes this way, so that the audit chain depends on no feature and every feature may write to it.
 */
@Component
class LotAudit {

	private final AuditTrail trail;

	LotAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(LotRegistered registered) {
		Lot lot = registered.lot();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("lotCode", lot.getLotCode().value());
		content.put("producerId", lot.getProducerId());
		content.put("productCode", lot.getProductCode());
		content.put("harvestDate", lot.getHarvestDate().toString());
		content.put("quantityKg", lot.getQuantityKg().toPlainString());
		content.put("unitPriceYuan", lot.getUnitPriceYuan().toPlainString());
		content.put("valueYuan", lot.getValueYuan().toPlainString());
		content.put("origin", lot.getOrigin().name());
		trail.record(registered.recordedBy(), "LOT_REGISTERED", "lot:" + lot.getLotCode(), content);
	}
}
