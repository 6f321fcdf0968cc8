package cn.saihan.trace.label;

import cn.saihan.trace.system.Refusal;

/** Why labels are refused; pages translate the codes. */
public enum LabelRefusal implements Refusal {

	NOT_FOUND("No label with serial {0}"),
	COUNT_RANGE("must be between 1 and {0}"),
	COUNT_NOT_WHOLE("must be a whole number of labels"),
	LOT_FULL("would give the lot more than {0} labels; it has {1}"),
	NO_LABELS("Lot {0} has no labels yet"),
	SIZE_RANGE("must be between 1 and {0} pixels"),
	SIZE_TOO_SMALL("is too small for this code: {0}"),
	SHEET_COUNT_RANGE("must be between 1 and {0} labels a sheet"),
	FROM_RANGE("must be a label number from 0"),
	FROM_PAST_END("is past the last label of the lot, which has {0}"),
	LAYOUT_UNKNOWN("is not a label stock; one of {0}"),
	DPI_UNKNOWN("must be one of the printer resolutions {0}"),
	COPIES_RANGE("must be between 1 and {0} copies"),
	LOT_NOT_SELLABLE("Lot {0} is {1}: it gets no new labels until it is released");

	private final String english;

	LabelRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
