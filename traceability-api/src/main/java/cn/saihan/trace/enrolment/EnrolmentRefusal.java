package cn.saihan.trace.enrolment;

import cn.saihan.trace.system.Refusal;

/** Why an enrolment or a decision on it is refused; pages translate the codes. */
public enum EnrolmentRefusal implements Refusal {

	NOT_FOUND("No enrolment with id {0}"),
	TOO_MANY_PENDING("Too many enrolments await the bureau's review; please try again later"),
	TOO_MANY_FROM_CLIENT("Too many enrolments from this address; please try again later"),
	ALREADY_DECIDED("Enrolment {0} was already {1}");

	private final String english;

	EnrolmentRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
