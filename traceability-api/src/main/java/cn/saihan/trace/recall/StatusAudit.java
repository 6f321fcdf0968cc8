package cn.saihan.trace.recall;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.audit.AuditTrail;
import cn.saihan.trace.system.Sha256;

/**
 * Records each hold, release and recall in the audit chain, in its transaction: one entry for the
 * change, naming the lot, the reason, how many lots it reached and a digest of their codes (the codes
 * themselves when they are few), so that the record can be checked against the history.
 */
@Component
class StatusAudit {

	/** Up to this many codes are listed in the entry; beyond, the digest stands for them. */
	static final int CODES_LISTED = 50;

	private final AuditTrail trail;

	StatusAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(LotStatusChanged changed) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("lotCode", changed.causeLotCode());
		content.put("reason", changed.reason());
		content.put("lotsReached", changed.lotCodes().size());
		if (changed.lotCodes().size() <= CODES_LISTED) {
			content.put("lotCodes", changed.lotCodes());
		}
		content.put("lotCodesSha256", Sha256.hexOfLines(changed.lotCodes()));
		trail.record(changed.by(), "LOT_" + switch (changed.action()) {
			case HOLD -> "HELD";
			case RELEASE -> "RELEASED";
			case RECALL -> "RECALLED";
		}, "lot:" + changed.causeLotCode(), content);
	}
}
