package cn.saihan.trace.stats;

import cn.saihan.trace.system.Refusal;

/** Why a statistics request is refused; pages translate the codes. */
public enum StatsRefusal implements Refusal {

	YEAR_RANGE("must be between 2000 and 2100"),
	TOWN_UNKNOWN("is not a town code of Saihan District (see GET /api/v1/towns)"),
	NOT_POSITIVE("must be greater than 0"),
	NOT_CENTS("must be yuan to the cent (at most 2 decimals)"),
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
