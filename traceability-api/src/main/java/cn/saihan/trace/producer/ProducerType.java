package cn.saihan.trace.producer;

/** Legal form of a producer; all but individual farmers carry a unified social credit code. */
public enum ProducerType {
	ENTERPRISE, COOPERATIVE, FAMILY_FARM, INDIVIDUAL;

	public boolean needsCreditCode() {
		return this != INDIVIDUAL;
	}
}
