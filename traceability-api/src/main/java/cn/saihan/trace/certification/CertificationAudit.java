package cn.saihan.trace.certification;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.audit.AuditTrail;

/** Records each certification registered and revoked in the audit chain, in the transaction of the write. */
@Component
class CertificationAudit {

	private final AuditTrail trail;

	CertificationAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(CertificationRegistered registered) {
		Certification c = registered.certification();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("producerId", c.getProducerId());
		content.put("type", c.getType().name());
		content.put("certificateNo", c.getCertificateNo());
		content.put("productCodes", c.getProductCodes().stream().sorted().toList());
		content.put("validFrom", c.getValidFrom().toString());
		content.put("validTo", c.getValidTo() == null ? null : c.getValidTo().toString());
		trail.record("CERTIFICATION_REGISTERED", "certification:" + c.getId(), content);
	}

	@EventListener
	void on(CertificationRevoked revoked) {
		Certification c = revoked.certification();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("certificateNo", c.getCertificateNo());
		content.put("revokedAt", c.getRevokedAt().toString());
		content.put("reason", c.getRevocationReason());
		trail.record("CERTIFICATION_REVOKED", "certification:" + c.getId(), content);
	}
}
