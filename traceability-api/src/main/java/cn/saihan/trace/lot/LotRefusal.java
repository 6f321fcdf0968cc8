package cn.saihan.trace.lot;

import cn.saihan.trace.system.Refusal;

/** Why a lot is refused; pages translate the codes. */
public enum LotRefusal implements Refusal {

	NOT_FOUND("No lot with code {0}"),
	PRODUCER_UNKNOWN("is not a registered producer"),
	CODE_TAKEN("Lot code {0} is already taken");

	private final String english;

	LotRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
