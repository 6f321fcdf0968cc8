package cn.saihan.trace.lot;

/**
 * Whether a lot may be sold: {@code HELD} while something is checked, {@code RECALLED} for good. While
 * a lot is not {@code ACTIVE} it gets no new labels, no packing, shipping or sale, and goes into no
 * transformation; inspections and goods coming back are still recorded.
 */
public enum LotStatus {

	ACTIVE, HELD, RECALLED;

	/** Whether labels may be issued for the lot, and it may be packed, shipped, sold or transformed. */
	public boolean sellable() {
		return this == ACTIVE;
	}
}
