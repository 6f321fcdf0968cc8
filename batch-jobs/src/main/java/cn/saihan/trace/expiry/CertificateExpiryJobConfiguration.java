package cn.saihan.trace.expiry;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import cn.saihan.trace.certification.LapsingCertifications;

/**
 * {@code certificateExpiryJob(date)}: clears the date's list ({@code clearExpiryList}), then stores
 * what {@link LapsingCertifications} answers for the date with the configured days
 * ({@code listExpiringCertifications}): the same certifications the bureau's page shows.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExpiryProperties.class)
class CertificateExpiryJobConfiguration {

	static final String JOB_NAME = "certificateExpiryJob";

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
			ItemReader<ExpiringCertification> lapsingCertificationsReader,
			JdbcBatchItemWriter<ExpiringCertification> expiryListWriter) {
		return new StepBuilder("listExpiringCertifications", jobRepository)
			.<ExpiringCertification, ExpiringCertification>chunk(500)
			.transactionManager(transactionManager)
			.reader(lapsingCertificationsReader)
			.writer(expiryListWriter)
			.build();
	}

	/** A district holds a few hundred certifications: the day's list is read at once. */
	@Bean
	@StepScope
	ListItemReader<ExpiringCertification> lapsingCertificationsReader(CertificateExpiry expiry,
			@Value("#{jobParameters['date']}") LocalDate date) {
		return new ListItemReader<>(expiry.lapsingOn(date).stream().map(ExpiringCertification::of).toList());
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
