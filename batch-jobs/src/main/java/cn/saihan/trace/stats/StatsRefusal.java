package cn.saihan.trace.stats;

import cn.saihan.trace.system.Refusal;

/** Why a statistics request is refused; pages translate the codes. Official output figures: {@link cn.saihan.trace.indicator.OfficialOutputRefusal}. */
public enum StatsRefusal implements Refusal {

	OFFICIAL_OUTPUT_NOT_FOUND("No official output entered for {0}"),
	NOT_COMPUTED("Indicator 12 has not been computed for {0}");

	private final String english;

	StatsRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
