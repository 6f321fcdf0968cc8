package cn.saihan.trace.indicator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.HexFormat;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.saihan.trace.jobs.JobStarts;
import cn.saihan.trace.jobs.StaleExecutions;
import cn.saihan.trace.system.Sha256;

/**
 * Starts indicator 12 runs in the background. A run is identified by its year and a fingerprint of
 * everything its result depends on ({@code inputs}): the year's lots, the certifications, their
 * approved output and the lots' certified quantities, the producers' towns, the official figures and the previous year's result. Asking again with nothing
 * changed finds the finished run instead of computing the same figures twice; once anything changed,
 * the fingerprint differs, a new run starts, and its result replaces the year's. A failed run with
 * the same fingerprint is restarted where it stopped. Instances of the application sharing the
 * database look up and start runs one at a time, so the same run never starts twice.
 */
@Service
public class Indicator12Runs {

	private final JobRepository jobRepository;

	private final Job job;

	private final JdbcClient jdbc;

	private final JobStarts jobStarts;

	private final StaleExecutions staleExecutions;

	private final TaskExecutorJobOperator backgroundOperator;

	Indicator12Runs(JobRepository jobRepository, @Qualifier("indicator12Job") Job job, JdbcClient jdbc,
			JobStarts jobStarts, StaleExecutions staleExecutions, Indicator12Properties properties) throws Exception {
		this.jobRepository = jobRepository;
		this.job = job;
		this.jdbc = jdbc;
		this.jobStarts = jobStarts;
		this.staleExecutions = staleExecutions;
		// The application's own operator runs jobs in the caller's thread (imports answer with their
		// counts); runs of the indicator answer at once and go on in these threads.
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("indicator12-");
		executor.setConcurrencyLimit(properties.maxConcurrentRuns());
		MapJobRegistry registry = new MapJobRegistry();
		registry.register(job);
		this.backgroundOperator = new TaskExecutorJobOperator();
		backgroundOperator.setJobRepository(jobRepository);
		backgroundOperator.setJobRegistry(registry);
		backgroundOperator.setTaskExecutor(executor);
		backgroundOperator.afterPropertiesSet();
	}

	/** A run and whether it had already finished before this request. */
	public record Run(JobExecution execution, boolean alreadyCompleted) {
	}

	public synchronized Run start(int year) throws Exception {
		JobParameters parameters = new JobParametersBuilder().addLong("year", (long) year)
			.addString("inputs", inputs(year))
			.toJobParameters();
		return jobStarts.exclusively(job.getName(), () -> {
			JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
			if (last == null) {
				return new Run(backgroundOperator.start(job, parameters), false);
			}
			if (last.getStatus() == BatchStatus.COMPLETED) {
				return new Run(last, true);
			}
			if (last.isRunning()) {
				// unless the instance that ran it stopped: then it is marked failed and restarted below
				last = staleExecutions.recoverIfStale(jobRepository.getJobExecution(last.getId()));
				if (last.isRunning()) {
					return new Run(last, false);
				}
			}
			return new Run(backgroundOperator.restart(last), false);
		});
	}

	/** A digest of every input of the year's result; lots are only ever added, so their count and last id stand for them. */
	String inputs(int year) {
		MessageDigest digest = Sha256.digest();
		LocalDate from = LocalDate.of(year, 1, 1);
		feed(digest, "lots", jdbc.sql("select count(*), max(id) from lot where harvest_date >= ? and harvest_date < ?")
			.params(from, from.plusYears(1)));
		// A lot's status is not added but changed: every lot of the year not ACTIVE, by id and status.
		feed(digest, "statuses", jdbc.sql("""
				select id, status from lot where harvest_date >= ? and harvest_date < ? and status <> 'ACTIVE'
				order by id""").params(from, from.plusYears(1)));
		feed(digest, "certifications", jdbc.sql("""
				select id, producer_id, type, valid_from, valid_to, revoked_at from certification order by id"""));
		feed(digest, "coverage", jdbc.sql("""
				select certification_id, product_code from certification_product
				order by certification_id, product_code"""));
		// What the lots of the year count as certified (§2.9): an allocation moved between lots changes the
		// id-weighted sum even where the plain sums stay the same.
		feed(digest, "certified", jdbc.sql("""
				select c.cert_type, count(*), sum(c.certified_kg), sum(c.over_kg), sum(c.certified_kg * l.id)
				from lot_certified c join lot l on l.id = c.lot_id
				where l.harvest_date >= ? and l.harvest_date < ?
				group by c.cert_type order by c.cert_type""").params(from, from.plusYears(1)));
		feed(digest, "approvedOutput", jdbc.sql("""
				select certification_id, product_code, approved_kg from certification_approved_output
				order by certification_id, product_code"""));
		feed(digest, "towns", jdbc.sql("select id, town_code from producer order by id"));
		feed(digest, "official", jdbc.sql("select total_yuan from official_output where stat_year = ?").param(year));
		feed(digest, "officialTowns", jdbc.sql("""
				select town_code, total_yuan from official_town_output where stat_year = ? order by town_code""").param(year));
		feed(digest, "previous", jdbc.sql("select job_execution_id, share from indicator12_result where stat_year = ?")
			.param(year - 1));
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void feed(MessageDigest digest, String part, JdbcClient.StatementSpec query) {
		digest.update(part.getBytes(StandardCharsets.UTF_8));
		query.query((ResultSet rs) -> {
			ResultSetMetaData meta = rs.getMetaData();
			StringBuilder row = new StringBuilder("\n");
			for (int column = 1; column <= meta.getColumnCount(); column++) {
				row.append(rs.getString(column)).append('|');
			}
			digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
		});
	}

}
