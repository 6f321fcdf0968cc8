package cn.saihan.trace.event;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One thing that happened to a lot. Immutable once stored: there are no setters, and a
 * correction is a new event whose {@code correctsEventId} names the event it corrects.
 */
@Entity
@Table(name = "trace_event")
public class TraceEvent {

	/** The size of the {@code details} column, in characters. */
	public static final int DETAILS_MAX_LENGTH = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long lotId;

	@Enumerated(EnumType.STRING)
	private TraceEventType type;

	private OffsetDateTime occurredAt;

	private String location;

	/** The type-specific details as the JSON of their record, kept as written; read with {@link EventDetails#read}. */
	@Column(length = DETAILS_MAX_LENGTH)
	private String details;

	private Long correctsEventId;

	private String recordedBy;

	/** The role it was recorded in; {@code null} for events the system writes (harvest, transformation). */
	@Enumerated(EnumType.STRING)
	private Recorder recordedAs;

	private Instant recordedAt;

	protected TraceEvent() {
	}

	public TraceEvent(Long lotId, TraceEventType type, OffsetDateTime occurredAt, String location, String details,
			Long correctsEventId, String recordedBy, Instant recordedAt) {
		this.lotId = lotId;
		this.type = type;
		this.occurredAt = occurredAt;
		this.location = location;
		this.details = details;
		this.correctsEventId = correctsEventId;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** An event recorded by hand, with the role it was recorded in. */
	public TraceEvent(Long lotId, TraceEventType type, OffsetDateTime occurredAt, String location, String details,
			Long correctsEventId, String recordedBy, Recorder recordedAs, Instant recordedAt) {
		this(lotId, type, occurredAt, location, details, correctsEventId, recordedBy, recordedAt);
		this.recordedAs = recordedAs;
	}

	public Long getId() {
		return id;
	}

	public Long getLotId() {
		return lotId;
	}

	public TraceEventType getType() {
		return type;
	}

	public OffsetDateTime getOccurredAt() {
		return occurredAt;
	}

	public String getLocation() {
		return location;
	}

	public String getDetails() {
		return details;
	}

	public Long getCorrectsEventId() {
		return correctsEventId;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Recorder getRecordedAs() {
		return recordedAs;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
