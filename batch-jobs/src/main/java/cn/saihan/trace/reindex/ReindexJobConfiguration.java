package cn.saihan.trace.reindex;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;

import cn.saihan.trace.search.ConditionalOnElasticsearch;
import cn.saihan.trace.search.ElasticsearchIndex;
import cn.saihan.trace.search.SearchDocument;
import cn.saihan.trace.search.SearchProperties;
import cn.saihan.trace.search.SearchRows;

/**
 * {@code reindexJob}: makes sure the index exists, streams products, producers and lots from the
 * database into Elasticsearch in bulk, then waits for the last bulk request and refreshes. It
 * overwrites documents by id, so it can run while the application keeps indexing changes; a
 * changed mapping or analyzer needs the index deleted first. Only present with Elasticsearch:
 * the database engine has no index to rebuild.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnElasticsearch
class ReindexJobConfiguration {

	static final String JOB = "reindexJob";

	@Bean
	Job reindexJob(JobRepository jobs, Step prepareSearchIndex, Step indexProducts, Step indexProducers,
			Step indexLots, Step completeSearchIndex) {
		return new JobBuilder(JOB, jobs)
			.start(prepareSearchIndex)
			.next(indexProducts)
			.next(indexProducers)
			.next(indexLots)
			.next(completeSearchIndex)
			.build();
	}

	@Bean
	Step prepareSearchIndex(JobRepository jobs, PlatformTransactionManager transactions, ElasticsearchIndex index) {
		return new StepBuilder("prepareSearchIndex", jobs).tasklet((contribution, chunk) -> {
			index.ensureExists();
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	@Bean
	Step indexProducts(JobRepository jobs, PlatformTransactionManager transactions, DataSource dataSource,
			SearchIndexWriter searchIndexWriter, SearchProperties properties) {
		return indexStep("indexProducts", SearchRows.PRODUCTS, SearchRows.PRODUCT, jobs, transactions, dataSource,
				searchIndexWriter, properties);
	}

	@Bean
	Step indexProducers(JobRepository jobs, PlatformTransactionManager transactions, DataSource dataSource,
			SearchIndexWriter searchIndexWriter, SearchProperties properties) {
		return indexStep("indexProducers", SearchRows.PRODUCERS, SearchRows.PRODUCER, jobs, transactions,
				dataSource, searchIndexWriter, properties);
	}

	@Bean
	Step indexLots(JobRepository jobs, PlatformTransactionManager transactions, DataSource dataSource,
			SearchIndexWriter searchIndexWriter, SearchProperties properties) {
		return indexStep("indexLots", SearchRows.LOTS, SearchRows.LOT, jobs, transactions, dataSource,
				searchIndexWriter, properties);
	}

	@Bean
	Step completeSearchIndex(JobRepository jobs, PlatformTransactionManager transactions,
			SearchIndexWriter searchIndexWriter, ElasticsearchIndex index) {
		return new StepBuilder("completeSearchIndex", jobs).tasklet((contribution, chunk) -> {
			long indexed = searchIndexWriter.finish();
			index.refresh();
			contribution.getStepExecution().getExecutionContext().putLong("indexed", indexed);
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	/** One bulk load per run, shared by the steps, so the last requests of one kind overlap the next. */
	@Bean
	@JobScope
	SearchIndexWriter searchIndexWriter(ElasticsearchIndex index) {
		return new SearchIndexWriter(index);
	}

	private static Step indexStep(String name, String sql, RowMapper<SearchDocument> mapper, JobRepository jobs,
			PlatformTransactionManager transactions, DataSource dataSource, SearchIndexWriter writer,
			SearchProperties properties) {
		JdbcCursorItemReader<SearchDocument> reader = new JdbcCursorItemReaderBuilder<SearchDocument>()
			.name(name + "Reader")
			.dataSource(dataSource)
			.sql(sql)
			.rowMapper(mapper)
			.fetchSize(properties.bulkSize())
			// The rows are only read, and reading them again after a restart is harmless.
			.saveState(false)
			.build();
		return new StepBuilder(name, jobs).<SearchDocument, SearchDocument>chunk(properties.bulkSize())
			.transactionManager(transactions)
			.reader(reader)
			.writer(writer)
			.build();
	}
}
