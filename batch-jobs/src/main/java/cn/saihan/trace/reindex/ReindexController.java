package cn.saihan.trace.reindex;

import java.net.URI;
import java.time.LocalDateTime;

import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.jobs.JobRefusal;
import cn.saihan.trace.jobs.JobStarts;
import cn.saihan.trace.jobs.JobStatus;
import cn.saihan.trace.jobs.JobStatuses;
import cn.saihan.trace.jobs.StaleExecutions;
import cn.saihan.trace.search.ConditionalOnElasticsearch;

/** Lets the bureau rebuild the search index, for instance after Elasticsearch was down or replaced. */
@RestController
@ConditionalOnElasticsearch
class ReindexController {

	private final Job reindexJob;

	private final JobRepository jobs;

	private final TaskExecutorJobOperator launcher;

	private final JobStarts jobStarts;

	private final JobStatuses statuses;

	private final StaleExecutions staleExecutions;

	ReindexController(Job reindexJob, JobRepository jobs, JobStarts jobStarts, JobStatuses statuses,
			StaleExecutions staleExecutions) throws Exception {
		this.reindexJob = reindexJob;
		this.jobs = jobs;
		this.jobStarts = jobStarts;
		this.statuses = statuses;
		this.staleExecutions = staleExecutions;
		// Our own asynchronous launcher, not a bean: the request returns at once, and the
		// application's job operator stays as it is configured.
		this.launcher = new TaskExecutorJobOperator();
		launcher.setJobRepository(jobs);
		launcher.setJobRegistry(new MapJobRegistry());
		launcher.setTaskExecutor(new SimpleAsyncTaskExecutor("reindex-"));
		launcher.afterPropertiesSet();
	}

	/** Each request is a new run, as a re-index is always worth repeating, but one at a time across all instances. */
	@PostMapping("/api/v1/search/reindex")
	synchronized ResponseEntity<JobStatus> start() throws Exception {
		JobExecution execution = jobStarts.exclusively(ReindexJobConfiguration.JOB, () -> {
			if (!staleExecutions.running(ReindexJobConfiguration.JOB).isEmpty()) {
				throw JobRefusal.REINDEX_RUNNING.conflict(null);
			}
			return launcher.start(reindexJob,
					new JobParametersBuilder().addLocalDateTime("requestedAt", LocalDateTime.now()).toJobParameters());
		});
		return ResponseEntity.accepted().location(URI.create("/api/v1/search/reindex/" + execution.getId()))
			.body(JobStatus.of(execution));
	}

	@GetMapping("/api/v1/search/reindex/{jobExecutionId}")
	JobStatus run(@PathVariable long jobExecutionId) {
		return statuses.find(jobExecutionId, ReindexJobConfiguration.JOB)
			.orElseThrow(() -> JobRefusal.REINDEX_NOT_FOUND.notFound(jobExecutionId));
	}
}
