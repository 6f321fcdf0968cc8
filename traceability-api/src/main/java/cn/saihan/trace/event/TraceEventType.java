package cn.saihan.trace.event;

import java.util.List;

/** What happened to a lot, with the CBV business step it maps to in an EPCIS document. */
public enum TraceEventType {

	/** Recorded by the system when the lot is registered. */
	HARVESTED("commissioning", List.of()),
	INSPECTED("inspecting", List.of("lab", "result", "items")),
	PACKED("packing", List.of()),
	SHIPPED("shipping", List.of("to")),
	RECEIVED("receiving", List.of("from")),
	SOLD("retail_selling", List.of()),
	/** Recorded by the system on the output lot when lots are merged or repacked. */
	TRANSFORMED("repackaging", List.of());

	private final String bizStep;

	private final List<String> requiredDetails;

	TraceEventType(String bizStep, List<String> requiredDetails) {
		this.bizStep = bizStep;
		this.requiredDetails = requiredDetails;
	}

	public String bizStep() {
		return bizStep;
	}

	/** Events the system records itself; a user may post them only as a correction. */
	public boolean recordedBySystem() {
		return this == HARVESTED || this == TRANSFORMED;
	}

	/** Keys that {@code details} must carry for this type. */
	public List<String> requiredDetails() {
		return requiredDetails;
	}
}
