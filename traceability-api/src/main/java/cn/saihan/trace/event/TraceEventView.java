package cn.saihan.trace.event;

import java.time.Instant;
import java.time.OffsetDateTime;

/** An event as the API shows it, with the EPCIS business step it corresponds to and its typed details. */
public record TraceEventView(Long id, TraceEventType type, String bizStep, OffsetDateTime occurredAt, String location,
		EventDetails details, Long correctsEventId, String recordedBy, Instant recordedAt) {

	/** The same event with {@code recordedBy} as the public reads it (a producer's name, not a login). */
	public TraceEventView recordedByShownAs(String name) {
		return new TraceEventView(id, type, bizStep, occurredAt, location, details, correctsEventId, name, recordedAt);
	}
}
