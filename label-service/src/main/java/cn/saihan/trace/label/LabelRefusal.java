package cn.saihan.trace.label;

import cn.saihan.trace.system.Refusal;

/** Why labels are refused; pages translate the codes. */
public enum LabelRefusal implements Refusal {

	NOT_FOUND("No label with serial {0}"),
	COUNT_RANGE("must be between 1 and {0}"),
	NO_LABELS("Lot {0} has no labels yet"),
	SIZE_RANGE("must be between 1 and {0} pixels"),
	SIZE_TOO_SMALL("is too small for this code: {0}");

	private final String english;

	LabelRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
