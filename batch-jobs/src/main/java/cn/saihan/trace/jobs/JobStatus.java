package cn.saihan.trace.jobs;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What a job execution has done so far: its status, and the items its steps read and wrote, summed
 * over the steps.
 *
 * @param exitMessage for a failed run, that it failed and where its cause is ({@link JobFailures}), never
 *        the cause itself; otherwise {@code null}
 * @param failureReference for a failed run, the reference its failure is logged under; otherwise {@code null}
 */
public record JobStatus(long jobExecutionId, String jobName, BatchStatus status, long readCount, long writeCount,
		OffsetDateTime startTime, OffsetDateTime endTime, String exitMessage, String failureReference) {

	public static JobStatus of(JobExecution execution) {
		long read = 0;
		long written = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			read += step.getReadCount();
			written += step.getWriteCount();
		}
		// The stored exit description of a failure is a stack trace: it stays on the server.
		boolean failed = execution.getStatus().isUnsuccessful();
		return new JobStatus(execution.getId(), execution.getJobInstance().getJobName(), execution.getStatus(), read,
				written, withOffset(execution.getStartTime()), withOffset(execution.getEndTime()),
				failed ? JobFailures.message(execution.getId()) : null,
				failed ? JobFailures.reference(execution.getId()) : null);
	}

	/** Starting, started or stopping: the counts may still grow. */
	@JsonIgnore
	public boolean isRunning() {
		return status.isRunning();
	}

	/** Spring Batch records local times of the server's zone; the API answers with offsets. */
	private static OffsetDateTime withOffset(LocalDateTime time) {
		return time == null ? null : time.atZone(ZoneId.systemDefault()).toOffsetDateTime();
	}
}
