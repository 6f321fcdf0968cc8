package cn.saihan.trace.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.saihan.trace.jobs.BatchJobsTest;
import cn.saihan.trace.jobs.StaleExecutions;
import cn.saihan.trace.jobs.StatsClient;
import cn.saihan.trace.testing.RegistryClient;
import tools.jackson.databind.JsonNode;

/**
 * A run left {@code STARTED} by an instance that was killed is marked failed (at start, or when its
 * run is asked for again) and restarted; a run another instance is still updating is left alone.
 */
@BatchJobsTest
class StaleExecutionsIntegrationTests {

	@Autowired
	JobRepository jobRepository;

	@Autowired
	@Qualifier("indicator12Job")
	Job job;

	@Autowired
	Indicator12Runs runs;

	@Autowired
	StaleExecutions staleExecutions;

	@Autowired
	RegistryClient registry;

	@Autowired
	StatsClient stats;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * An execution as a killed (or a live) instance leaves it: STARTED, last updated at
	 * {@code lastUpdated}; its id (a method answering an execution would be taken for a step-scope
	 * factory by the batch test support).
	 */
	private long started(JobParameters parameters, LocalDateTime lastUpdated) {
		JobInstance instance = jobRepository.createJobInstance(job.getName(), parameters);
		JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(lastUpdated);
		jobRepository.update(execution);
		jdbc.update("""
				update BATCH_JOB_EXECUTION set CREATE_TIME = ?, START_TIME = ?, LAST_UPDATED = ?
				where JOB_EXECUTION_ID = ?""", lastUpdated, lastUpdated, lastUpdated, execution.getId());
		return execution.getId();
	}

	private BatchStatus statusOf(long executionId) {
		return jobRepository.getJobExecution(executionId).getStatus();
	}

	@Test
	void aRunLeftStartedByAKilledInstanceIsRestartedWhenItsYearIsAskedForAgain() throws Exception {
		// given a lot of 2007 and the run of 2007's very inputs, left STARTED two hours ago
		long farm = registry.producer("僵死运行测试合作社", "yulin");
		registry.lot(farm, "TPZ-TOMATO", LocalDate.of(2007, 7, 1), "10", "2.00");
		JobParameters parameters = new JobParametersBuilder().addLong("year", 2007L)
			.addString("inputs", runs.inputs(2007))
			.toJobParameters();
		long killed = started(parameters, LocalDateTime.now().minusHours(2));

		// when the bureau asks for 2007
		JsonNode answer = registry.asBureau().post().uri("/api/v1/stats/indicator12/runs?year=2007").exchange()
			.expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();

		// then the killed run is failed, and its restart computes the year
		assertThat(statusOf(killed)).isEqualTo(BatchStatus.FAILED);
		JsonNode restarted = stats.awaitEnd(answer.get("jobExecutionId").asLong());
		assertThat(restarted.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(StatsClient.decimal(stats.get("/api/v1/stats/indicator12?year=2007").get("denominatorYuan")))
			.isEqualByComparingTo("20.00");
	}

	@Test
	void atStartOnlyRunsNoInstanceHasUpdatedForTheBoundAreFailed() throws Exception {
		// given a run left two hours ago and one another instance updated a minute ago
		long killed = started(new JobParametersBuilder().addLong("year", 2006L)
			.addString("inputs", UUID.randomUUID().toString()).toJobParameters(), LocalDateTime.now().minusHours(2));
		long live = started(new JobParametersBuilder().addLong("year", 2006L)
			.addString("inputs", UUID.randomUUID().toString()).toJobParameters(), LocalDateTime.now().minusMinutes(1));
		try {
			// when the application starts
			staleExecutions.recoverAll();

			// then
			assertThat(statusOf(killed)).isEqualTo(BatchStatus.FAILED);
			assertThat(statusOf(live)).isEqualTo(BatchStatus.STARTED);
		}
		finally {
			jdbc.update("update BATCH_JOB_EXECUTION set STATUS = 'FAILED', END_TIME = START_TIME where JOB_EXECUTION_ID = ?",
					live);
		}
	}
}
