package cn.saihan.trace.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import cn.saihan.trace.audit.AuditTrail;
import cn.saihan.trace.event.TraceEventService;
import cn.saihan.trace.producer.Producers;
import jakarta.validation.Validator;

/**
 * {@code lotImportJob(importId, file, charset, recordedBy)}: one step, {@code importLots}, that reads
 * the CSV file ({@code lotCsvReader}), checks each row by the lot registration rules
 * ({@code lotRowProcessor}) and stores new lots with their HARVESTED events ({@code lotJdbcWriter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LotImportProperties.class)
class LotImportJobConfiguration {

	static final String JOB_NAME = "lotImportJob";

	@Bean
	Job lotImportJob(JobRepository jobRepository, Step importLots) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { "importId", "file", "charset", "recordedBy" },
					new String[0]))
			.start(importLots)
			.build();
	}

	@Bean
	Step importLots(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportLotsTasklet importLotsTasklet, FlatFileItemReader<LotCsvRow> lotCsvReader) {
		return new StepBuilder("importLots", jobRepository)
			.tasklet(importLotsTasklet, transactionManager)
			.stream(lotCsvReader)
			.build();
	}

	@Bean
	@StepScope
	FlatFileItemReader<LotCsvRow> lotCsvReader(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobParameters['charset']}") String charset, LotCsvLineMapper lotCsvLineMapper) {
		return new FlatFileItemReaderBuilder<LotCsvRow>()
			.name("lotCsvReader")
			.resource(new FileSystemResource(Path.of(file)))
			.encoding(charset)
			.linesToSkip(1)
			.skippedLinesCallback(lotCsvLineMapper::header)
			.lineMapper(lotCsvLineMapper)
			.saveState(false)
			.build();
	}

	@Bean
	@StepScope
	LotCsvLineMapper lotCsvLineMapper() {
		return new LotCsvLineMapper();
	}

	@Bean
	@StepScope
	LotImportTally lotImportTally() {
		return new LotImportTally();
	}

	@Bean
	@StepScope
	LotRowProcessor lotRowProcessor(Validator validator, Producers producers, TraceEventService traceEvents,
			Clock clock, @Value("#{jobParameters['recordedBy']}") String recordedBy) {
		return new LotRowProcessor(validator, producers, traceEvents, recordedBy, clock.instant(), LocalDate.now(clock));
	}

	@Bean
	@StepScope
	LotJdbcWriter lotJdbcWriter(JdbcTemplate jdbc, LotImportTally lotImportTally, AuditTrail audit,
			@Value("#{jobParameters['recordedBy']}") String recordedBy) {
		return new LotJdbcWriter(jdbc, lotImportTally, audit, recordedBy);
	}

	@Bean
	@StepScope
	ImportLotsTasklet importLotsTasklet(FlatFileItemReader<LotCsvRow> lotCsvReader, LotRowProcessor lotRowProcessor,
			LotJdbcWriter lotJdbcWriter, LotImportTally lotImportTally, JdbcTemplate jdbc,
			LotImportProperties properties) {
		return new ImportLotsTasklet(lotCsvReader, lotRowProcessor, lotJdbcWriter, lotImportTally, jdbc,
				properties.writeSize());
	}
}
