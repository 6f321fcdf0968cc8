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
	DETAILS_TOO_LONG("take {0} characters as stored, more than the {1} an event holds"),
	NOT_FOUND("Lot {0} has no event {1}"),
	LAB_ONLY_BY_BUREAU("only the bureau records a laboratory's inspection; this login records as {0}"),
	NOT_THIS_LOGINS_ROLE("is {0}, but this login records as {1}"),
	LAB_ONLY_INSPECTIONS("only an inspection is recorded as a laboratory's"),
	REPORT_ONLY_INSPECTIONS("only an inspection carries a report file; event {0} is no inspection"),
	REPORT_ATTACHED("event {0} has its report already; a corrected report comes with the event that corrects it"),
	REPORT_EMPTY("is an empty file"),
	REPORT_TOO_LARGE("is larger than the {0} MB a report may have"),
	REPORT_FORMAT("is not a PDF, JPEG or PNG file (judged by its content, not its name)"),
	NO_REPORT("Event {0} has no report file"),
	STATUS_BY_ITS_OWN_CALL("is a change of the lot's status: hold, release or recall the lot (POST /api/v1/lots/{0}/hold …)"),
	LOT_NOT_SELLABLE("Lot {0} is {1}: it is not packed, shipped or sold until it is released");

	private final String english;

	EventRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
