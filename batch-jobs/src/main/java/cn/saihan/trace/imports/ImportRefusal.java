package cn.saihan.trace.imports;

import cn.saihan.trace.system.Refusal;

/** Why an import file is refused as a whole; pages translate the codes. */
public enum ImportRefusal implements Refusal {

	FILE_REQUIRED("is required: a CSV file with the header {0}"),
	BAD_HEADER("{0}");

	private final String english;

	ImportRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
