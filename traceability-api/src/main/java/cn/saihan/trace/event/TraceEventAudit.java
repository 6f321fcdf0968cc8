package cn.saihan.trace.event;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.saihan.trace.audit.AuditTrail;

/** Records each trace event in the audit chain, in the transaction that writes it. */
@Component
class TraceEventAudit {

	private final AuditTrail trail;

	TraceEventAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(TraceEventRecorded recorded) {
		TraceEventView event = recorded.event();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("eventId", event.id());
		content.put("type", event.type().name());
		content.put("occurredAt", event.occurredAt().toString());
		content.put("location", event.location());
		content.put("details", event.details());
		content.put("correctsEventId", event.correctsEventId());
		trail.record(event.recordedBy(), "EVENT_RECORDED", "lot:" + recorded.lotCode(), content);
	}
}
