package cn.saihan.trace.imports;

import java.nio.file.Path;

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

import cn.saihan.trace.lot.LotRegistration;
import cn.saihan.trace.producer.ProducerPlaces;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code lotImportJob(importId, file, charset, recordedBy)}: one step, {@code importLots}, whose
 * tasklet reads the CSV file ({@code lotCsvReader}), reads each row as a lot ({@link LotRowProcessor})
 * and hands the rows to the lot registration, which checks them by the rules of every lot and stores
 * the new ones with their HARVESTED events ({@link LotImportWriter}).
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
			@Value("#{jobParameters['charset']}") String charset) {
		LotCsvLineMapper lines = new LotCsvLineMapper();
		return new FlatFileItemReaderBuilder<LotCsvRow>()
			.name("lotCsvReader")
			.resource(new FileSystemResource(Path.of(file)))
			.encoding(charset)
			.linesToSkip(1)
			.skippedLinesCallback(lines::header)
			.lineMapper(lines)
			.saveState(false)
			.build();
	}

	/**
	 * The tasklet owns the parts it calls for every row (reading a row as a lot, handing rows to the
	 * registration, the tally): plain objects of the step, not step-scoped beans reached through a
	 * proxy a million times.
	 */
	@Bean
	@StepScope
	ImportLotsTasklet importLotsTasklet(FlatFileItemReader<LotCsvRow> lotCsvReader, ProducerPlaces producers,
			LotRegistration registration, JdbcTemplate jdbc, JsonMapper json, LotImportProperties properties,
			@Value("#{jobParameters['recordedBy']}") String recordedBy) {
		LotImportTally tally = new LotImportTally();
		return new ImportLotsTasklet(lotCsvReader, new LotRowProcessor(producers),
				new LotImportWriter(registration, tally, recordedBy), tally, jdbc, json, properties.writeSize());
	}
}
