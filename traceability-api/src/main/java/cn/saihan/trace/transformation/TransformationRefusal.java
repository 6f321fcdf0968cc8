package cn.saihan.trace.transformation;

import cn.saihan.trace.system.Refusal;

/** Why a transformation or a trace is refused; pages translate the codes. */
public enum TransformationRefusal implements Refusal {

	PRODUCER_UNKNOWN("is not a registered producer"),
	IN_FUTURE("must not be in the future"),
	BEFORE_HARVEST("must not be before lot {0} was harvested on {1}"),
	INPUT_TWICE("is listed twice"),
	INPUT_UNKNOWN("is not a registered lot"),
	INPUT_EXCEEDS_WHAT_IS_LEFT("exceeds what is left of lot {0}: {1} kg"),
	OUTPUT_EXCEEDS_INPUTS("cannot exceed its inputs: {0} kg go in"),
	INPUT_NOT_SELLABLE("Lot {0} is {1}: a held or recalled lot goes into no transformation"),
	DEPTH("must be 'all' or a number from 1 to {0}");

	private final String english;

	TransformationRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
