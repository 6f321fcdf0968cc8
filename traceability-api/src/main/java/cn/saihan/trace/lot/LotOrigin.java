package cn.saihan.trace.lot;

/** Where a lot comes from. Only harvests are agricultural output; a transformed lot re-packs earlier ones. */
public enum LotOrigin {
	HARVEST, TRANSFORMATION
}
