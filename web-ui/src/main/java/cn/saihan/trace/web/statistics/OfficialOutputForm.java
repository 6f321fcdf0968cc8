package cn.saihan.trace.web.statistics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The official total agricultural output value of a year, district-wide and for the towns filled in.
 * The figures are checked by the registry ({@code OfficialOutputService}), not here.
 */
public class OfficialOutputForm {

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

	/** The towns filled in: every town has a field, and an empty one means no figure for that town. */
	Map<String, BigDecimal> enteredTowns() {
		Map<String, BigDecimal> entered = new LinkedHashMap<>();
		byTown.forEach((town, yuan) -> {
			if (yuan != null) {
				entered.put(town, yuan);
			}
		});
		return entered;
	}
}
