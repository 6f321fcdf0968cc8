package cn.saihan.trace.stats;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Body of {@code PUT /api/v1/stats/official-output/{year}}: yuan to the cent, district-wide and
 * optionally per town. The figures are checked by {@link cn.saihan.trace.indicator.OfficialOutputService}.
 */
record OfficialOutputRequest(BigDecimal totalYuan, Map<String, BigDecimal> byTown) {
}
