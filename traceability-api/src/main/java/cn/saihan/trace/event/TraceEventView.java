package cn.saihan.trace.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/** An event as the API shows it, with the EPCIS business step it corresponds to. */
public record TraceEventView(Long id, TraceEventType type, String bizStep, OffsetDateTime occurredAt, String location,
		Map<String, Object> details, Long correctsEventId, String recordedBy, Instant recordedAt) {
}
