package cn.saihan.trace.event;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An event as the API shows it, with the EPCIS business step it corresponds to and its typed details.
 *
 * @param recordedAs the role it was recorded in (the producer itself, the bureau, or a laboratory
 * through the bureau); {@code null} for what the system records (harvest, transformation)
 * @param report an inspection's report file, if it has one
 */
public record TraceEventView(Long id, TraceEventType type, String bizStep, OffsetDateTime occurredAt, String location,
		EventDetails details, Long correctsEventId, String recordedBy, Instant recordedAt, Recorder recordedAs,
		InspectionReport report) {

	/** The same event with {@code recordedBy} as the public reads it (a producer's name, not a login). */
	public TraceEventView recordedByShownAs(String name) {
		return new TraceEventView(id, type, bizStep, occurredAt, location, details, correctsEventId, name, recordedAt,
				recordedAs, report);
	}
}
