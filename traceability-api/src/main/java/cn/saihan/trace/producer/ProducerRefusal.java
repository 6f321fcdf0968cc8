package cn.saihan.trace.producer;

import cn.saihan.trace.system.Refusal;

/** Why a producer is refused; pages translate the codes. */
public enum ProducerRefusal implements Refusal {

	NOT_FOUND("No producer with id {0}"),
	CREDIT_CODE_REQUIRED("is required for a producer of type {0} (only INDIVIDUAL may omit it)"),
	CREDIT_CODE_TAKEN("A producer with credit code {0} is already registered");

	private final String english;

	ProducerRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
