package cn.saihan.trace.recall;

import cn.saihan.trace.system.Refusal;

/** Why a hold, release or recall is refused; pages translate the codes. */
public enum HoldRefusal implements Refusal {

	REASON_REQUIRED("is required"),
	REASON_TOO_LONG("must be at most {0} characters"),
	REASON_NOT_PLAIN("must not contain control or invisible formatting characters"),
	ALREADY_HELD("Lot {0} is held already by its own hold"),
	ALREADY_RECALLED("Lot {0} is recalled already; a recall is final"),
	RECALL_IS_FINAL("Lot {0} is recalled; a recall is final and is never released"),
	NOT_HELD("Lot {0} has no hold of its own to release (it is {1})"),
	BUREAU_ONLY("Only the bureau releases or recalls a lot; a producer may hold its own");

	private final String english;

	HoldRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
