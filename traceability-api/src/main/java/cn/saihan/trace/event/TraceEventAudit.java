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
		if (event.recordedAs() != null) {
			content.put("recordedAs", event.recordedAs().name());
		}
		trail.record(event.recordedBy(), "EVENT_RECORDED", "lot:" + recorded.lotCode(), content);
	}

	/** The file itself stays out of the record; its digest stands for it. */
	@EventListener
	void on(InspectionReportAttached attached) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("eventId", attached.eventId());
		content.put("mediaType", attached.report().mediaType());
		content.put("sizeBytes", attached.report().sizeBytes());
		content.put("sha256", attached.report().sha256());
		trail.record(attached.attachedBy(), "INSPECTION_REPORT_ATTACHED", "lot:" + attached.lotCode(), content);
	}
}
