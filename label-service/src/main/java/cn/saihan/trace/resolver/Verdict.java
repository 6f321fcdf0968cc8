package cn.saihan.trace.resolver;

/** What the resolver concludes about a scanned code. */
public enum Verdict {

	/** A label this system issued, for this very lot and product, scanned only a few times. */
	GENUINE,

	/**
	 * A label this system issued, but scanned so often before ({@code trace.resolver.suspicious-after-scans})
	 * that it may have been copied onto other boxes.
	 */
	SCANNED_BEFORE,

	/**
	 * A lot-level code without a serial: the lot and product are registered, but a single box cannot be
	 * told from a copy. Not a scan.
	 */
	LOT_REGISTERED,

	/** No such label: an unknown or forged serial, a serial of another lot, a lot of another product. */
	NOT_GENUINE;

	public boolean authentic() {
		return this != NOT_GENUINE;
	}
}
