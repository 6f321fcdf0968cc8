package cn.saihan.trace.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finds the executions of this application's jobs that an instance left {@code STARTED} when it was
 * killed (no JVM of it can end them any more) and marks them {@code FAILED}, so that the next start
 * of the same run restarts them instead of waiting on them for ever. It looks at every start of the
 * application, and {@link #recoverIfStale} whenever a start finds its run still "running".
 *
 * <p>Several instances may share the database, and an execution that looks running may be running on
 * another one. So an execution counts as stale only when neither it nor any of its steps has been
 * updated for {@code trace.batch.stale-after} (default an hour): a live run writes its step execution
 * at every chunk it commits (indicator 12 every few hundred lots, the expiry list and re-index
 * likewise), and an import, one transaction, ends within minutes at the largest upload. The bound must
 * stay above the longest pause of a live run. And it is decided under the job's start lock
 * ({@link JobStarts}), so that no instance starts or restarts the same job while it is being judged.
 * Times are compared in the zone the job repository writes them in (the server's; instances sharing a
 * database must share a zone, as Spring Batch's local times assume).
 */
@Component
public class StaleExecutions {

	private static final Log log = LogFactory.getLog(StaleExecutions.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final JobStarts jobStarts;

	private final List<Job> jobs;

	private final Duration staleAfter;

	private final Clock clock;

	StaleExecutions(JobRepository jobRepository, JobOperator jobOperator, JobStarts jobStarts, List<Job> jobs,
			@Value("${trace.batch.stale-after:PT1H}") Duration staleAfter, Clock clock) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.jobStarts = jobStarts;
		this.jobs = jobs;
		this.staleAfter = staleAfter;
		this.clock = clock;
	}

	/** At start: every job of the application, each under its start lock. */
	@EventListener(ApplicationReadyEvent.class)
	public void recoverAll() throws Exception {
		for (Job job : jobs) {
			jobStarts.exclusively(job.getName(), () -> running(job.getName()));
		}
	}

	/**
	 * The executions of the job that are really running, after marking the stale ones failed; call it
	 * under the job's start lock.
	 */
	public List<JobExecution> running(String jobName) {
		return jobRepository.findRunningJobExecutions(jobName).stream()
			.map(execution -> recoverIfStale(jobRepository.getJobExecution(execution.getId())))
			.filter(JobExecution::isRunning)
			.toList();
	}

	/**
	 * Marks the execution failed when it is stale; call it under the job's start lock.
	 *
	 * @return the execution as it now is: failed (and restartable) when it was stale, else unchanged
	 */
	public JobExecution recoverIfStale(JobExecution execution) {
		if (!execution.isRunning() || !isStale(execution)) {
			return execution;
		}
		log.warn(execution.getJobInstance().getJobName() + " execution " + execution.getId() + " was left "
				+ execution.getStatus() + " since " + lastSignOfLife(execution)
				+ " by an instance that stopped; it is marked FAILED and may be restarted");
		return jobOperator.recover(execution);
	}

	boolean isStale(JobExecution execution) {
		LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.systemDefault()));
		return lastSignOfLife(execution).isBefore(now.minus(staleAfter));
	}

	private static LocalDateTime lastSignOfLife(JobExecution execution) {
		LocalDateTime last = latest(execution.getCreateTime(), execution.getStartTime());
		last = latest(last, execution.getLastUpdated());
		for (StepExecution step : execution.getStepExecutions()) {
			last = latest(last, step.getStartTime());
			last = latest(last, step.getLastUpdated());
		}
		return last == null ? LocalDateTime.MIN : last;
	}

	private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}
}
