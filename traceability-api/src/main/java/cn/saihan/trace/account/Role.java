package cn.saihan.trace.account;

/** What a login may do. Consumers need no login: catalogue, lot and scan views are public. */
public enum Role {
	/** The agriculture bureau: everything, including certifications, statistics and imports. */
	BUREAU,
	/** A producer's login: only that producer's lots, events and labels. */
	FARMER
}
