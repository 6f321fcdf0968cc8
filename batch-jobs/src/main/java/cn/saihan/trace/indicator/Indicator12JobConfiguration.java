package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import cn.saihan.trace.certification.CertificationType;

/**
 * {@code indicator12Job(year, inputs)}: classifies every lot of the year by its certified quantities
 * (the registry's allocation of approved output, spec §2.9) and sums its certified values per town and product ({@code classifyLots}), then divides by the year's
 * denominators and replaces the year's result ({@code writeIndicator12Result}). A failed run is
 * restarted with the same parameters: a completed classifying step is kept, an interrupted one
 * starts over from a clean slate, and the result step runs again on the kept sums.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Indicator12Properties.class)
class Indicator12JobConfiguration {

	static final String JOB_NAME = "indicator12Job";

	/**
	 * The lots of one harvest year, in whatever order the database finds them fastest: an ORDER BY
	 * would make H2 sort a whole year of lots before handing over the first. The order does not
	 * matter because a restarted step recounts the year from the start (see {@link PartialSumsWriter}).
	 * Only harvests count: a lot merged or repacked from other lots is not new output, and counting
	 * it would count the same tomatoes twice. A recalled lot stays in the year (its value is still
	 * registered output) and is read as recalled, so that it counts as certified of nothing.
	 */
	private static final String LOTS_OF_YEAR = """
			select l.id, l.producer_id, l.product_code, l.value_yuan, l.quantity_kg, l.unit_price_yuan,
			       g.certified_kg, o.certified_kg, gi.certified_kg, pf.certified_kg, m.certified_kg,
			       l.status = 'RECALLED' as recalled
			from lot l
			left join lot_certified g on g.lot_id = l.id and g.cert_type = 'GREEN'
			left join lot_certified o on o.lot_id = l.id and o.cert_type = 'ORGANIC'
			left join lot_certified gi on gi.lot_id = l.id and gi.cert_type = 'GI'
			left join lot_certified pf on pf.lot_id = l.id and pf.cert_type = 'POLLUTION_FREE'
			left join lot_certified m on m.lot_id = l.id and m.cert_type = 'MINGTEYOUXIN'
			where l.harvest_date >= ? and l.harvest_date < ? and l.origin = 'HARVEST'""";

	/** The types in the order of the reader's columns 7–11. */
	private static final CertificationType[] TYPE_COLUMNS = { CertificationType.GREEN, CertificationType.ORGANIC,
			CertificationType.GI, CertificationType.POLLUTION_FREE, CertificationType.MINGTEYOUXIN };

	@Bean
	Job indicator12Job(JobRepository jobRepository, Step classifyLots, Step writeIndicator12Result) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { "year" }, new String[] { "inputs" }))
			.start(classifyLots)
			.next(writeIndicator12Result)
			.build();
	}

	@Bean
	Step classifyLots(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcCursorItemReader<LotValue> lotValuesReader, CertifiedLotProcessor certifiedLotProcessor,
			PartialSumsWriter partialSumsWriter, Indicator12Properties properties) {
		return new StepBuilder("classifyLots", jobRepository)
			.<LotValue, CertifiedLot>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(lotValuesReader)
			.processor(certifiedLotProcessor)
			.writer(partialSumsWriter)
			.build();
	}

	@Bean
	@StepScope
	JdbcCursorItemReader<LotValue> lotValuesReader(DataSource dataSource, Indicator12Properties properties,
			@Value("#{jobParameters['year']}") Long year) {
		LocalDate from = LocalDate.of(year.intValue(), 1, 1);
		return new JdbcCursorItemReaderBuilder<LotValue>()
			.name("lotValuesReader")
			.dataSource(dataSource)
			.sql(LOTS_OF_YEAR)
			.queryArguments(from, from.plusYears(1))
			.fetchSize(properties.chunkSize())
			.saveState(false)
			.rowMapper((rs, row) -> {
				Map<CertificationType, BigDecimal> certifiedKg = new EnumMap<>(CertificationType.class);
				for (int i = 0; i < TYPE_COLUMNS.length; i++) {
					BigDecimal kg = rs.getBigDecimal(7 + i);
					if (kg != null) {
						certifiedKg.put(TYPE_COLUMNS[i], kg);
					}
				}
				return new LotValue(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
						rs.getBigDecimal(5), rs.getBigDecimal(6), certifiedKg, rs.getBoolean(12));
			})
			.build();
	}

	@Bean
	@StepScope
	CertifiedLotProcessor certifiedLotProcessor(JdbcClient jdbc) {
		return new CertifiedLotProcessor(jdbc);
	}

	@Bean
	@StepScope
	PartialSumsWriter partialSumsWriter(JdbcTemplate jdbc, @Value("#{jobParameters['year']}") Long year,
			@Value("#{stepExecution.jobExecution.jobInstance.id}") Long jobInstanceId) {
		return new PartialSumsWriter(jdbc, jobInstanceId, year.intValue());
	}

	@Bean
	Step writeIndicator12Result(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Indicator12ResultTasklet indicator12ResultTasklet) {
		return new StepBuilder("writeIndicator12Result", jobRepository)
			.tasklet(indicator12ResultTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	Indicator12ResultTasklet indicator12ResultTasklet(JdbcClient jdbc, OfficialOutputs officialOutputs,
			Indicator12Results results, Clock clock, @Value("#{jobParameters['year']}") Long year) {
		return new Indicator12ResultTasklet(jdbc, officialOutputs, results, clock, year.intValue());
	}
}
