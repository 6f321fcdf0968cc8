package cn.saihan.trace.certification;

/** Where a certification on the warning list stands against its last valid day. */
public enum Lapse {

	/** Valid today, and its last valid day is near: time to renew. */
	EXPIRING,

	/** Its last valid day has passed a short while ago: the producer sells without it. */
	LAPSED
}
