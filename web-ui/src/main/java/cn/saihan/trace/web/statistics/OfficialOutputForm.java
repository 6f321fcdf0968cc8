package cn.saihan.trace.web.statistics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The official total agricultural output value of a year, district-wide and for the towns filled in. */
public class OfficialOutputForm {

	@NotNull
	@Positive
	@Digits(integer = 18, fraction = 2)
	private BigDecimal totalYuan;

	/** By town code; a town left empty has no official figure (its share uses its registered lots). */
	private Map<String, BigDecimal> byTown = new LinkedHashMap<>();

	public BigDecimal getTotalYuan() {
		return totalYuan;
	}

	public void setTotalYuan(BigDecimal totalYuan) {
		this.totalYuan = totalYuan;
	}

	public Map<String, BigDecimal> getByTown() {
		return byTown;
	}

	public void setByTown(Map<String, BigDecimal> byTown) {
		this.byTown = byTown == null ? new LinkedHashMap<>() : byTown;
	}
}
