package cn.saihan.trace.indicator;

/** Where a share's denominator came from (spec §2.8). */
public enum DenominatorBasis {
	/** The official total agricultural output value the bureau entered for the year (and town). */
	OFFICIAL,
	/** No official figure: the sum of the registered lots' rounded values of the year (and town). */
	REGISTERED_LOTS
}
