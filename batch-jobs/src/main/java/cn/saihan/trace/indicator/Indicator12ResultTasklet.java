package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.indicator.Indicator12Result.ProductShare;
import cn.saihan.trace.indicator.Indicator12Result.TownShare;
import cn.saihan.trace.indicator.Indicator12Result.TypeShare;

/**
 * Adds up the sums the classifying step committed, divides by the year's denominators and replaces
 * the year's result. Everything it writes, and the removal of the working sums, is one transaction:
 * a failure here leaves the previous result in place and the sums ready for a restart.
 */
class Indicator12ResultTasklet implements Tasklet {

	/** Sums per town and product; the finer breakdowns are folded from these few rows. */
	private static final String SUMS = """
			select town_code, product_code, sum(lot_count) as lot_count, sum(value_yuan) as value_yuan,
			       sum(green_organic_value_yuan) as green_organic, sum(sanpin_value_yuan) as sanpin,
			       sum(green_value_yuan) as green, sum(organic_value_yuan) as organic, sum(gi_value_yuan) as gi,
			       sum(pollution_free_value_yuan) as pollution_free, sum(mingteyouxin_value_yuan) as mingteyouxin,
			       sum(green_organic_specialty_value_yuan) as green_organic_specialty,
			       sum(over_approved_value_yuan) as over_approved
			from indicator12_partial_sum
			where job_instance_id = ?
			group by town_code, product_code
			order by town_code, product_code""";

	private final JdbcClient jdbc;

	private final OfficialOutputs officialOutputs;

	private final Indicator12Results results;

	private final Clock clock;

	private final int year;

	Indicator12ResultTasklet(JdbcClient jdbc, OfficialOutputs officialOutputs, Indicator12Results results, Clock clock,
			int year) {
		this.jdbc = jdbc;
		this.officialOutputs = officialOutputs;
		this.results = results;
		this.clock = clock;
		this.year = year;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long instanceId = execution.getJobInstance().getId();
		List<Sum> sums = jdbc.sql(SUMS).param(instanceId).query((rs, row) -> new Sum(rs.getString("town_code"),
				rs.getString("product_code"), rs.getLong("lot_count"), rs.getBigDecimal("value_yuan"),
				rs.getBigDecimal("green_organic"), rs.getBigDecimal("sanpin"), rs.getBigDecimal("green_organic_specialty"),
				rs.getBigDecimal("over_approved"),
				Map.of(CertificationType.GREEN, rs.getBigDecimal("green"), CertificationType.ORGANIC,
						rs.getBigDecimal("organic"), CertificationType.GI, rs.getBigDecimal("gi"),
						CertificationType.POLLUTION_FREE, rs.getBigDecimal("pollution_free"),
						CertificationType.MINGTEYOUXIN, rs.getBigDecimal("mingteyouxin"))))
			.list();

		long lots = 0;
		BigDecimal registered = BigDecimal.ZERO;
		BigDecimal greenOrganic = BigDecimal.ZERO;
		BigDecimal sanpin = BigDecimal.ZERO;
		BigDecimal greenOrganicSpecialty = BigDecimal.ZERO;
		BigDecimal overApproved = BigDecimal.ZERO;
		Map<CertificationType, BigDecimal> byType = new EnumMap<>(CertificationType.class);
		for (CertificationType type : CertificationType.values()) {
			byType.put(type, BigDecimal.ZERO);
		}
		Map<String, BigDecimal[]> byTown = new TreeMap<>();
		Map<String, BigDecimal[]> byProduct = new TreeMap<>();
		for (Sum sum : sums) {
			lots += sum.lots();
			registered = registered.add(sum.value());
			greenOrganic = greenOrganic.add(sum.greenOrganic());
			sanpin = sanpin.add(sum.sanpin());
			greenOrganicSpecialty = greenOrganicSpecialty.add(sum.greenOrganicSpecialty());
			overApproved = overApproved.add(sum.overApproved());
			sum.byType().forEach((type, value) -> byType.merge(type, value, BigDecimal::add));
			addTo(byTown, sum.townCode(), sum);
			addTo(byProduct, sum.productCode(), sum);
		}

		Optional<OfficialOutput> official = officialOutputs.find(year);
		DenominatorBasis basis = official.isPresent() ? DenominatorBasis.OFFICIAL : DenominatorBasis.REGISTERED_LOTS;
		BigDecimal denominator = official.map(OfficialOutput::totalYuan).orElse(registered);

		Map<CertificationType, TypeShare> typeShares = new EnumMap<>(CertificationType.class);
		byType.forEach((type, value) -> typeShares.put(type, new TypeShare(value, Shares.of(value, denominator))));

		Map<String, BigDecimal> officialByTown = official.map(OfficialOutput::byTown).orElse(Map.of());
		TreeSet<String> towns = new TreeSet<>(byTown.keySet());
		towns.addAll(officialByTown.keySet());
		List<TownShare> townShares = new ArrayList<>();
		for (String town : towns) {
			BigDecimal[] values = byTown.getOrDefault(town, new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			BigDecimal officialTotal = officialByTown.get(town);
			BigDecimal townDenominator = officialTotal != null ? officialTotal : values[0];
			townShares.add(new TownShare(town,
					officialTotal != null ? DenominatorBasis.OFFICIAL : DenominatorBasis.REGISTERED_LOTS,
					townDenominator, values[0], values[1], Shares.of(values[1], townDenominator)));
		}
		List<ProductShare> productShares = new ArrayList<>();
		byProduct.forEach((product, values) -> productShares
			.add(new ProductShare(product, values[0], values[1], Shares.of(values[1], values[0]))));

		BigDecimal share = Shares.of(greenOrganic, denominator);
		BigDecimal previousYearShare = results.find(year - 1).map(Indicator12Result::share).orElse(null);
		results.replace(new Indicator12Result(year, execution.getId(), basis, denominator, greenOrganic, share,
				sanpin, Shares.of(sanpin, denominator), greenOrganicSpecialty,
				Shares.of(greenOrganicSpecialty, denominator), overApproved, typeShares, townShares, productShares, previousYearShare,
				Trend.of(share, previousYearShare), lots, OffsetDateTime.now(clock)));
		jdbc.sql("delete from indicator12_partial_sum where job_instance_id = ?").param(instanceId).update();
		return RepeatStatus.FINISHED;
	}

	private static void addTo(Map<String, BigDecimal[]> sums, String key, Sum sum) {
		BigDecimal[] values = sums.computeIfAbsent(key, k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
		values[0] = values[0].add(sum.value());
		values[1] = values[1].add(sum.greenOrganic());
	}

	private record Sum(String townCode, String productCode, long lots, BigDecimal value, BigDecimal greenOrganic,
			BigDecimal sanpin, BigDecimal greenOrganicSpecialty, BigDecimal overApproved,
			Map<CertificationType, BigDecimal> byType) {
	}
}
