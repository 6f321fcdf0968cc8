package cn.saihan.trace.event;

import cn.saihan.trace.system.Refusal;

/**
 * Why a trace event is refused; pages translate the codes. What a request can be checked for on
 * its own (its details, a harvest posted by hand) is refused by constraints on the request.
 */
public enum EventRefusal implements Refusal {

	IN_FUTURE("must not be in the future"),
	BEFORE_HARVEST("must not be before the lot was harvested on {0}"),
	NOT_AN_EVENT_OF_LOT("is not an event of lot {0}"),
	DETAILS_TOO_LONG("take {0} characters as stored, more than the {1} an event holds");

	private final String english;

	EventRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
