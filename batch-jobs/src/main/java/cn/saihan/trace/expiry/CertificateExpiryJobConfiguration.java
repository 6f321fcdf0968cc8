package cn.saihan.trace.expiry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code certificateExpiryJob(date)}: clears the date's list ({@code clearExpiryList}), then lists
 * every certification not revoked whose last valid day falls between {@code lapsedDays} before and
 * {@code withinDays} after the date ({@code listExpiringCertifications}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExpiryProperties.class)
class CertificateExpiryJobConfiguration {

	static final String JOB_NAME = "certificateExpiryJob";

	/** Certifications revoked on or before the date need no renewal and are left out. */
	private static final String CANDIDATES = """
			select c.id, c.producer_id, p.name, p.town_code, c.type, c.certificate_no, c.valid_to
			from certification c join producer p on p.id = c.producer_id
			where c.valid_to is not null and c.valid_to between ? and ?
			  and (c.revoked_at is null or c.revoked_at > ?)
			order by c.valid_to, c.id""";

	@Bean
	Job certificateExpiryJob(JobRepository jobRepository, Step clearExpiryList, Step listExpiringCertifications) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { "date" }, new String[] { "requestedAt" }))
			.start(clearExpiryList)
			.next(listExpiringCertifications)
			.build();
	}

	@Bean
	Step clearExpiryList(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet clearExpiryListTasklet) {
		return new StepBuilder("clearExpiryList", jobRepository).tasklet(clearExpiryListTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	Tasklet clearExpiryListTasklet(JdbcClient jdbc, @Value("#{jobParameters['date']}") LocalDate date) {
		return (contribution, chunkContext) -> {
			jdbc.sql("delete from certification_expiry where report_date = ?").param(date).update();
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step listExpiringCertifications(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcCursorItemReader<ExpiringCertification> expiryCandidatesReader,
			ItemProcessor<ExpiringCertification, ExpiringCertification> daysLeftProcessor,
			JdbcBatchItemWriter<ExpiringCertification> expiryListWriter) {
		return new StepBuilder("listExpiringCertifications", jobRepository)
			.<ExpiringCertification, ExpiringCertification>chunk(500)
			.transactionManager(transactionManager)
			.reader(expiryCandidatesReader)
			.processor(daysLeftProcessor)
			.writer(expiryListWriter)
			.build();
	}

	@Bean
	@StepScope
	JdbcCursorItemReader<ExpiringCertification> expiryCandidatesReader(DataSource dataSource,
			ExpiryProperties properties, @Value("#{jobParameters['date']}") LocalDate date) {
		return new JdbcCursorItemReaderBuilder<ExpiringCertification>()
			.name("expiryCandidatesReader")
			.dataSource(dataSource)
			.sql(CANDIDATES)
			.queryArguments(date.minusDays(properties.lapsedDays()), date.plusDays(properties.withinDays()), date)
			.rowMapper((rs, row) -> new ExpiringCertification(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), 0, null))
			.build();
	}

	/** Days left counted from the report date; the last valid day itself still has 0 days left. */
	@Bean
	@StepScope
	ItemProcessor<ExpiringCertification, ExpiringCertification> daysLeftProcessor(
			@Value("#{jobParameters['date']}") LocalDate date) {
		return c -> {
			int daysLeft = (int) ChronoUnit.DAYS.between(date, c.validTo());
			return new ExpiringCertification(c.certificationId(), c.producerId(), c.producerName(), c.townCode(),
					c.type(), c.certificateNo(), c.validTo(), daysLeft, daysLeft >= 0 ? "EXPIRING" : "LAPSED");
		};
	}

	@Bean
	@StepScope
	JdbcBatchItemWriter<ExpiringCertification> expiryListWriter(DataSource dataSource,
			@Value("#{jobParameters['date']}") LocalDate date) {
		return new JdbcBatchItemWriterBuilder<ExpiringCertification>()
			.dataSource(dataSource)
			.sql("""
					insert into certification_expiry (report_date, certification_id, producer_id, producer_name,
					    town_code, type, certificate_no, valid_to, days_left, state)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.itemPreparedStatementSetter((c, ps) -> {
				ps.setObject(1, date);
				ps.setLong(2, c.certificationId());
				ps.setLong(3, c.producerId());
				ps.setString(4, c.producerName());
				ps.setString(5, c.townCode());
				ps.setString(6, c.type());
				ps.setString(7, c.certificateNo());
				ps.setObject(8, c.validTo());
				ps.setInt(9, c.daysLeft());
				ps.setString(10, c.state());
			})
			.build();
	}
}
