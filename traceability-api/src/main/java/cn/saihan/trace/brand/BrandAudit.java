package cn.saihan.trace.brand;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.audit.AuditTrail;

/** Records every write to brands, logos and licences in the audit chain, in the transaction of the write. */
@Component
class BrandAudit {

	private final AuditTrail trail;

	BrandAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(BrandChanged changed) {
		trail.record(changed.action(), changed.subject(), changed.content());
	}
}
