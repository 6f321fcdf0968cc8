package cn.saihan.trace.certification;

/** Standing of a certification on a given date. */
public enum CertificationStatus {
	VALID, NOT_YET_VALID, EXPIRED, REVOKED
}
