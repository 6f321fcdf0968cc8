package cn.saihan.trace.event;

/**
 * What happened to a lot, with the record its details take and the CBV business step it maps to in
 * an EPCIS document.
 */
public enum TraceEventType {

	/** Recorded by the system when the lot is registered. */
	HARVESTED("commissioning", EventDetails.Harvested.class),
	INSPECTED("inspecting", EventDetails.Inspected.class),
	PACKED("packing", EventDetails.Packed.class),
	SHIPPED("shipping", EventDetails.Shipped.class),
	RECEIVED("receiving", EventDetails.Received.class),
	SOLD("retail_selling", EventDetails.Sold.class),
	/** Recorded by the system on the output lot when lots are merged or repacked. */
	TRANSFORMED("repackaging", EventDetails.Transformed.class),
	/** Recorded by the system on each lot a hold covers (the lot held and every lot made from it). */
	HELD("holding", EventDetails.Held.class),
	/** Recorded by the system on each lot whose hold of this cause a release lifts. */
	RELEASED("holding", EventDetails.Released.class),
	/** Recorded by the system on each lot a recall covers. */
	RECALLED("holding", EventDetails.Recalled.class);

	private final String bizStep;

	private final Class<? extends EventDetails> detailsType;

	TraceEventType(String bizStep, Class<? extends EventDetails> detailsType) {
		this.bizStep = bizStep;
		this.detailsType = detailsType;
	}

	public String bizStep() {
		return bizStep;
	}

	/** Events the system records itself; a user may post them only as a correction. */
	public boolean recordedBySystem() {
		return this == HARVESTED || this == TRANSFORMED || statusChange();
	}

	/** A change of the lot's status, recorded by the hold, release or recall alone, never posted as an event. */
	public boolean statusChange() {
		return this == HELD || this == RELEASED || this == RECALLED;
	}

	/** Packing, shipping and selling: refused while the lot is held or recalled. */
	public boolean needsSellableLot() {
		return this == PACKED || this == SHIPPED || this == SOLD;
	}

	/** The record that {@code details} of this type are read into and checked as. */
	public Class<? extends EventDetails> detailsType() {
		return detailsType;
	}
}
