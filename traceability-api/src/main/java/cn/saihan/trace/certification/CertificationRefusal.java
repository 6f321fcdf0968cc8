package cn.saihan.trace.certification;

import cn.saihan.trace.system.Refusal;

/** Why a certification or its revocation is refused; pages translate the codes. */
public enum CertificationRefusal implements Refusal {

	NOT_FOUND("No certification with id {0}"),
	NUMBER_SHAPE("does not have the shape of a {0} certificate number: expected {1}"),
	VALID_TO_REQUIRED("is required for {0} (only GI is long-term)"),
	VALID_TO_BEFORE_FROM("must not be before validFrom {0}"),
	VALID_TO_TOO_LATE("is too late: a {0} certification starting {1} may run until {2} at most"),
	NUMBER_TAKEN("Certificate number {0} is already registered"),
	ALREADY_REVOKED("Certification {0} was already revoked on {1}"),
	REVOKED_BEFORE_2000("must not be before 2000-01-01"),
	REVOKED_BEFORE_VALID_FROM("must not be before the certificate's validity starts, {0}"),
	REVOKED_AFTER_VALID_TO("must not be after the certificate's validity ends, {0}"),
	APPROVED_OUTPUT_UNLISTED("is for {0}, a product the certification does not list"),
	APPROVED_OUTPUT_NOT_POSITIVE("must be more than 0 kg"),
	APPROVED_OUTPUT_DIGITS("must have at most 9 digits before the decimal point and 3 after");

	private final String english;

	CertificationRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
