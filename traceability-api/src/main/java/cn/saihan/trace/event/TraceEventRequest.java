package cn.saihan.trace.event;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/lots/{lotCode}/events}; the details each type needs are checked by the service. */
public record TraceEventRequest(@NotNull TraceEventType type, @NotNull OffsetDateTime occurredAt,
		@NotBlank @Size(max = 200) String location, Map<String, Object> details, Long correctsEventId) {

	Map<String, Object> detailsOrEmpty() {
		return details == null ? Map.of() : details;
	}
}
