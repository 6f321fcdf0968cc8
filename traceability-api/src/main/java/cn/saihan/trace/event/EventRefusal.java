package cn.saihan.trace.event;

import cn.saihan.trace.system.Refusal;

/** Why a trace event is refused; pages translate the codes. */
public enum EventRefusal implements Refusal {

	IN_FUTURE("must not be in the future"),
	NOT_AN_EVENT_OF_LOT("is not an event of lot {0}"),
	RECORDED_BY_SYSTEM("{0} is recorded by the system (at registration or transformation); post it only as a correction (correctsEventId)"),
	DETAIL_REQUIRED("is required for a {0} event"),
	RESULT_PASS_OR_FAIL("must be PASS or FAIL"),
	ITEMS_LIST("must be a list of the items tested, e.g. [\"pesticide residue\"]"),
	QUANTITY_POSITIVE("must be a positive number of kilograms: {0}");

	private final String english;

	EventRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
