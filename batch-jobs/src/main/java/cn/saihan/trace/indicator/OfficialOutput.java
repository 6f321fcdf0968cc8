package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.util.Map;

/** The official total agricultural output value (农业总产值) of a year, district-wide and for the towns given. */
public record OfficialOutput(int year, BigDecimal totalYuan, Map<String, BigDecimal> byTown) {
}
