package cn.saihan.trace.search;

import cn.saihan.trace.system.Refusal;

/** Why a search is refused; pages translate the codes. */
public enum SearchRefusal implements Refusal {

	BLANK("must not be blank"),
	TOO_LONG("must be at most {0} characters"),
	BEYOND_WINDOW("must stay within the first {0} hits");

	private final String english;

	SearchRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
