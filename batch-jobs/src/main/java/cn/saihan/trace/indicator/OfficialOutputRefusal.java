package cn.saihan.trace.indicator;

import cn.saihan.trace.system.Refusal;

/** Why an entry of the official output figures is refused; pages translate the codes. */
public enum OfficialOutputRefusal implements Refusal {

	YEAR_RANGE("must be between 2000 and 2100"),
	TOTAL_REQUIRED("is required: the district's total agricultural output value in yuan"),
	NOT_POSITIVE("must be greater than 0"),
	NOT_CENTS("must be yuan to the cent (at most 2 decimals)"),
	TOO_LARGE("must be less than 10^18 yuan"),
	TOWN_UNKNOWN("is not a town code of Saihan District (see GET /api/v1/towns)"),
	TOWN_OVER_TOTAL("{0} yuan is more than the district total of {1} yuan"),
	TOWNS_OVER_TOTAL("the towns together, {0} yuan, are more than the district total of {1} yuan");

	private final String english;

	OfficialOutputRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
