package cn.saihan.trace.event;

import java.time.Instant;
import java.time.OffsetDateTime;

/** An event as the API shows it, with the EPCIS business step it corresponds to and its typed details. */
public record TraceEventView(Long id, TraceEventType type, String bizStep, OffsetDateTime occurredAt, String location,
		EventDetails details, Long correctsEventId, String recordedBy, Instant recordedAt) {
}
