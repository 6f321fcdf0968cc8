package cn.saihan.trace.jobs;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;


@RestController
class JobStatusController {

	private final JobRepository jobRepository;

	JobStatusController(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/**
	 * Read from the job repository, which each step updates after every committed chunk: a running
	 * job's counts grow between two requests.
	 */
	@GetMapping("/api/v1/stats/jobs/{jobExecutionId}")
	JobStatus job(@PathVariable long jobExecutionId) {
		JobExecution execution;
		try {
			execution = jobRepository.getJobExecution(jobExecutionId);
		}
		catch (EmptyResultDataAccessException unknown) {
			execution = null;
		}
		if (execution == null) {
			throw JobRefusal.EXECUTION_NOT_FOUND.notFound(jobExecutionId);
		}
		long read = 0;
		long written = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			read += step.getReadCount();
			written += step.getWriteCount();
		}
		String exitMessage = execution.getExitStatus().getExitDescription();
		return new JobStatus(execution.getId(), execution.getJobInstance().getJobName(), execution.getStatus(),
				read, written, withOffset(execution.getStartTime()), withOffset(execution.getEndTime()),
				exitMessage == null || exitMessage.isEmpty() ? null : exitMessage);
	}

	/** Spring Batch records local times of the server's zone; the API answers with offsets. */
	private static OffsetDateTime withOffset(LocalDateTime time) {
		return time == null ? null : time.atZone(ZoneId.systemDefault()).toOffsetDateTime();
	}

	record JobStatus(long jobExecutionId, String jobName, BatchStatus status, long readCount, long writeCount,
			OffsetDateTime startTime, OffsetDateTime endTime, String exitMessage) {
	}
}
