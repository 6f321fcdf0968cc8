package cn.saihan.trace.web.farmer;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

import cn.saihan.trace.event.TraceEventRequest;
import cn.saihan.trace.event.TraceEventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The "record an event" form. The type-specific fields (lab, result and items for an inspection,
 * the receiver of a shipment, the sender of a delivery) are plain fields here and become the
 * event's {@code details}; which of them a type needs is asked of {@link TraceEventType}.
 */
public class EventForm {

	/** What a farmer may record by hand; the harvest is recorded with the lot itself. */
	static final List<TraceEventType> TYPES = List.of(TraceEventType.INSPECTED, TraceEventType.PACKED,
			TraceEventType.SHIPPED, TraceEventType.RECEIVED, TraceEventType.SOLD);

	@NotNull
	private TraceEventType type = TraceEventType.PACKED;

	/** Local time in the district, as a phone's date-time picker gives it. */
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime occurredAt;

	@NotBlank
	@Size(max = 200)
	private String location;

	@Size(max = 100)
	private String lab;

	private String result;

	/** Items tested, separated by commas or the Chinese enumeration comma. */
	@Size(max = 500)
	private String items;

	@Size(max = 200)
	private String to;

	@Size(max = 200)
	private String from;

	TraceEventRequest toRequest(ZoneId zone) {
		Map<String, Object> details = new LinkedHashMap<>();
		switch (type) {
			case INSPECTED -> {
				details.put("lab", strip(lab));
				details.put("result", result);
				details.put("items", items == null ? List.of()
						: Arrays.stream(items.split("[,，、;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList());
			}
			case SHIPPED -> details.put("to", strip(to));
			case RECEIVED -> details.put("from", strip(from));
			default -> {
			}
		}
		return new TraceEventRequest(type, occurredAt.atZone(zone).toOffsetDateTime(), location, details, null);
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}

	public TraceEventType getType() {
		return type;
	}

	public void setType(TraceEventType type) {
		this.type = type;
	}

	public LocalDateTime getOccurredAt() {
		return occurredAt;
	}

	public void setOccurredAt(LocalDateTime occurredAt) {
		this.occurredAt = occurredAt;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getLab() {
		return lab;
	}

	public void setLab(String lab) {
		this.lab = lab;
	}

	public String getResult() {
		return result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	public String getItems() {
		return items;
	}

	public void setItems(String items) {
		this.items = items;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}
}
