package cn.saihan.trace.brand;

/** Where a licence stands in the bureau's decision. */
public enum LicenceStatus {
	APPLIED, APPROVED, REJECTED, REVOKED
}
