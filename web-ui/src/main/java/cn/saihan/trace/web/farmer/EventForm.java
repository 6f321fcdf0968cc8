package cn.saihan.trace.web.farmer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import cn.saihan.trace.event.EventDetails;
import cn.saihan.trace.event.Kilograms;
import cn.saihan.trace.event.Recorder;
import cn.saihan.trace.event.TraceEventRequest;
import cn.saihan.trace.event.TraceEventType;
import cn.saihan.trace.system.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The "record an event" form. The type-specific fields (lab, result and items for an inspection,
 * the receiver, quantity and delivery note of a shipment, the sender and quantity of a receipt)
 * are plain fields here and become the typed details of the event's type. Their rules are those
 * of the details' records, checked by the registry when the form is submitted; a refusal names
 * {@code details.<field>}, which is the form's field of the same name.
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
	@PlainText
	private String location;

	private String lab;

	private String result;

	/** Items tested, separated by commas or the Chinese enumeration comma. */
	private String items;

	private String to;

	/** What a shipment moved or a receipt took in; left empty, the whole lot. */
	private BigDecimal quantityKg;

	private String documentNo;

	private String from;

	/** The bureau enters a laboratory's inspection: it is recorded as the laboratory's (检测机构). */
	private boolean byLab;

	/** An inspection's report file, if one is chosen; its rules are the registry's. */
	private MultipartFile report;

	TraceEventRequest toRequest(ZoneId zone) {
		EventDetails details = switch (type) {
			case INSPECTED -> new EventDetails.Inspected(strip(lab), strip(result), itemList());
			case SHIPPED -> new EventDetails.Shipped(strip(to), kilograms(), strip(documentNo));
			case RECEIVED -> new EventDetails.Received(strip(from), kilograms());
			case PACKED -> new EventDetails.Packed();
			case SOLD -> new EventDetails.Sold();
			// Not offered by the form; posted anyway, they are refused for want of a correction.
			case HARVESTED -> new EventDetails.Harvested(null);
			case TRANSFORMED -> new EventDetails.Transformed(null, null);
			// Changes of status have their own buttons; posted here, they are refused.
			case HELD -> new EventDetails.Held(null, null);
			case RELEASED -> new EventDetails.Released(null, null);
			case RECALLED -> new EventDetails.Recalled(null, null);
		};
		return new TraceEventRequest(type, occurredAt.atZone(zone).toOffsetDateTime(), location, details, null,
				byLab ? Recorder.LAB : null);
	}

	private List<String> itemList() {
		return items == null ? List.of()
				: Arrays.stream(items.split("[,，、;；\\n]")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	private Kilograms kilograms() {
		return quantityKg == null ? null : Kilograms.of(quantityKg);
	}

	/** Blank is not given: an optional field left empty is left out. */
	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
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

	public BigDecimal getQuantityKg() {
		return quantityKg;
	}

	public void setQuantityKg(BigDecimal quantityKg) {
		this.quantityKg = quantityKg;
	}

	public String getDocumentNo() {
		return documentNo;
	}

	public void setDocumentNo(String documentNo) {
		this.documentNo = documentNo;
	}

	public boolean isByLab() {
		return byLab;
	}

	public void setByLab(boolean byLab) {
		this.byLab = byLab;
	}

	public MultipartFile getReport() {
		return report;
	}

	public void setReport(MultipartFile report) {
		this.report = report;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}
}
