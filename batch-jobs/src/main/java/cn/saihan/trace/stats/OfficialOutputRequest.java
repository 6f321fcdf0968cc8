package cn.saihan.trace.stats;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Body of {@code PUT /api/v1/stats/official-output/{year}}: yuan to the cent, district-wide and optionally per town. */
record OfficialOutputRequest(@NotNull @Positive @Digits(integer = 18, fraction = 2) BigDecimal totalYuan,
		Map<String, BigDecimal> byTown) {
}
