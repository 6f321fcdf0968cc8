package cn.saihan.trace.jobs;

import cn.saihan.trace.system.Refusal;

/** Why a job request is refused; pages translate the codes. */
public enum JobRefusal implements Refusal {

	EXECUTION_NOT_FOUND("No job execution {0}"),
	REINDEX_RUNNING("A re-index is already running"),
	REINDEX_NOT_FOUND("No re-index run {0}");

	private final String english;

	JobRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
