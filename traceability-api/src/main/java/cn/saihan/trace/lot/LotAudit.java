package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.audit.AuditTrail;
import cn.saihan.trace.system.Sha256;

/**
 * Records registered lots in the audit chain, from the announcement their registration publishes
 * inside its transaction: the entries commit or roll back with the lots. Each feature records its
 * own writes this way, so that the audit chain depends on no feature and every feature may write to it.
 */
@Component
class LotAudit {

	private final AuditTrail trail;

	LotAudit(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * A lot registered on its own (or a few together) gets an entry of its own; the lots of a file
	 * import one entry per call, naming how many lots, the first and last code, their value and a
	 * digest of every code, so that the record can be checked against the lots.
	 */
	@EventListener
	void on(LotsRegistered registered) {
		List<Lot> lots = registered.lots().stream().map(LotsRegistered.Entry::lot).toList();
		if (registered.imported()) {
			trail.record(registered.recordedBy(), "LOTS_IMPORTED", "import", imported(lots));
		}
		else {
			trail.recordAll(registered.recordedBy(), lots.stream()
				.map(lot -> new AuditTrail.Entry("LOT_REGISTERED", "lot:" + lot.getLotCode(), registered(lot)))
				.toList());
		}
	}

	private static Map<String, Object> registered(Lot lot) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("lotCode", lot.getLotCode().value());
		content.put("producerId", lot.getProducerId());
		content.put("productCode", lot.getProductCode());
		content.put("harvestDate", lot.getHarvestDate().toString());
		content.put("quantityKg", lot.getQuantityKg().toPlainString());
		content.put("unitPriceYuan", lot.getUnitPriceYuan().toPlainString());
		content.put("valueYuan", lot.getValueYuan().toPlainString());
		content.put("origin", lot.getOrigin().name());
		return content;
	}

	private static Map<String, Object> imported(List<Lot> lots) {
		List<String> codes = lots.stream().map(lot -> lot.getLotCode().value()).toList();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("count", lots.size());
		content.put("firstLotCode", codes.get(0));
		content.put("lastLotCode", codes.get(codes.size() - 1));
		content.put("valueYuan", lots.stream().map(Lot::getValueYuan).reduce(BigDecimal.ZERO, BigDecimal::add)
			.toPlainString());
		content.put("lotCodesSha256", Sha256.hexOfLines(codes));
		return content;
	}
}
