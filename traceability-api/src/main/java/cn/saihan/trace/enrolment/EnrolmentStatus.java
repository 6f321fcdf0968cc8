package cn.saihan.trace.enrolment;

public enum EnrolmentStatus {
	PENDING, APPROVED, REJECTED
}
