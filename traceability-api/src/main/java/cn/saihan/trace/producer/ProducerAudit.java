package cn.saihan.trace.producer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.audit.AuditTrail;
import cn.saihan.trace.producer.ProducerService.NewProducer;

/** Records each producer registered and corrected in the audit chain, in the transaction of the write. */
@Component
class ProducerAudit {

	private final AuditTrail trail;

	ProducerAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(ProducerRegistered registered) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("producerId", registered.producer().getId());
		content.putAll(details(ProducerService.detailsOf(registered.producer())));
		trail.record("PRODUCER_REGISTERED", "producer:" + registered.producer().getId(), content);
	}

	/** What consumers read on every label of the producer's lots changes: who changed what from what. */
	@EventListener
	void on(ProducerCorrected corrected) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("before", details(corrected.before()));
		content.put("after", details(ProducerService.detailsOf(corrected.producer())));
		trail.record("PRODUCER_CORRECTED", "producer:" + corrected.producer().getId(), content);
	}

	private static Map<String, Object> details(NewProducer producer) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("name", producer.name());
		details.put("type", producer.type().name());
		details.put("creditCode", producer.creditCode());
		details.put("townCode", producer.townCode());
		details.put("village", producer.village());
		details.put("contactName", producer.contactName());
		details.put("contactPhone", producer.contactPhone());
		return details;
	}
}
