package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.audit.AuditTrail;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.system.PlausibleYear;
import cn.saihan.trace.town.Towns;

/**
 * The bureau enters a year's official output figures, through the API or on the dashboard: the one
 * place that checks them. A town is part of the district, so no town's figure, and not the towns
 * together, may be more than the district total: such a figure would give that town a share of
 * thousands of percent.
 */
@Service
public class OfficialOutputService {

	/** NUMERIC(20, 2): 18 digits before the point. */
	private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);

	private final OfficialOutputs outputs;

	private final Towns towns;

	private final AuditTrail audit;

	private final Clock clock;

	OfficialOutputService(OfficialOutputs outputs, Towns towns, AuditTrail audit, Clock clock) {
		this.outputs = outputs;
		this.towns = towns;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Replaces the year's figures as a whole: towns left out no longer have a figure.
	 *
	 * @param byTown yuan by town code; {@code null} for none
	 * @throws InvalidInputException naming every bad field ({@code year}, {@code totalYuan},
	 * {@code byTown.{code}}, or {@code byTown} for the towns together); nothing is stored then
	 */
	@Transactional
	public OfficialOutput enter(int year, BigDecimal totalYuan, Map<String, BigDecimal> byTown, String enteredBy) {
		Map<String, BigDecimal> figures = byTown == null ? new TreeMap<>() : new TreeMap<>(byTown);
		List<FieldProblem> problems = new ArrayList<>();
		if (year < PlausibleYear.FIRST || year > PlausibleYear.LAST) {
			problems.add(OfficialOutputRefusal.YEAR_RANGE.at("year"));
		}
		boolean totalValid = false;
		if (totalYuan == null) {
			problems.add(OfficialOutputRefusal.TOTAL_REQUIRED.at("totalYuan"));
		}
		else {
			totalValid = checkAmount(totalYuan, "totalYuan", problems);
		}
		boolean townsValid = true;
		boolean townOverTotal = false;
		BigDecimal townsTogether = BigDecimal.ZERO;
		for (Map.Entry<String, BigDecimal> town : figures.entrySet()) {
			String field = "byTown." + town.getKey();
			if (!towns.existsById(town.getKey())) {
				problems.add(OfficialOutputRefusal.TOWN_UNKNOWN.at(field));
				townsValid = false;
			}
			if (!checkAmount(town.getValue(), field, problems)) {
				townsValid = false;
				continue;
			}
			townsTogether = townsTogether.add(town.getValue());
			if (totalValid && town.getValue().compareTo(totalYuan) > 0) {
				problems.add(OfficialOutputRefusal.TOWN_OVER_TOTAL.at(field, town.getValue(), totalYuan));
				townOverTotal = true;
			}
		}
		// One town over the total already says what is wrong; the sum is named when no single town is.
		if (totalValid && townsValid && !townOverTotal && townsTogether.compareTo(totalYuan) > 0) {
			problems.add(OfficialOutputRefusal.TOWNS_OVER_TOTAL.at("byTown", townsTogether, totalYuan));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		OfficialOutput output = new OfficialOutput(year, totalYuan, figures);
		outputs.replace(output, enteredBy, clock.instant());
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("totalYuan", totalYuan.toPlainString());
		Map<String, String> townContent = new TreeMap<>();
		figures.forEach((town, yuan) -> townContent.put(town, yuan.toPlainString()));
		content.put("byTown", townContent);
		audit.record(enteredBy, "OFFICIAL_OUTPUT_ENTERED", "official-output:" + year, content);
		return output;
	}

	/** Yuan to the cent, more than 0 and small enough to store; adds the problem and answers false if not. */
	private static boolean checkAmount(BigDecimal yuan, String field, List<FieldProblem> problems) {
		if (yuan == null || yuan.signum() <= 0) {
			problems.add(OfficialOutputRefusal.NOT_POSITIVE.at(field));
			return false;
		}
		if (yuan.stripTrailingZeros().scale() > 2) {
			problems.add(OfficialOutputRefusal.NOT_CENTS.at(field));
			return false;
		}
		if (yuan.compareTo(LIMIT) >= 0) {
			problems.add(OfficialOutputRefusal.TOO_LARGE.at(field));
			return false;
		}
		return true;
	}
}
