package cn.saihan.trace.jobs;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/**
 * The status of any job execution, for the API and the pages alike. Read from the job repository,
 * which each step updates after every committed chunk: a running job's counts grow between two reads.
 */
@Service
public class JobStatuses {

	private final JobRepository jobRepository;

	JobStatuses(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/** The execution's status, or empty when there is no such execution. */
	public Optional<JobStatus> find(long jobExecutionId) {
		JobExecution execution;
		try {
			execution = jobRepository.getJobExecution(jobExecutionId);
		}
		catch (EmptyResultDataAccessException unknown) {
			// the JDBC repository throws where the in-memory one answers null
			execution = null;
		}
		return Optional.ofNullable(execution).map(JobStatus::of);
	}

	/** As above, but only an execution of the named job. */
	public Optional<JobStatus> find(long jobExecutionId, String jobName) {
		return find(jobExecutionId).filter(status -> status.jobName().equals(jobName));
	}

	/**
	 * @throws cn.saihan.trace.system.NotFoundException if there is no such execution
	 */
	public JobStatus get(long jobExecutionId) {
		return find(jobExecutionId).orElseThrow(() -> JobRefusal.EXECUTION_NOT_FOUND.notFound(jobExecutionId));
	}
}
