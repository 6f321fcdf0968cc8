package cn.saihan.trace.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

class JobStatusTests {

	@Test
	void countsWhatEveryStepReadAndWrote() {
		// given a run of two steps
		JobExecution execution = execution("indicator12Job", BatchStatus.STARTED, ExitStatus.EXECUTING);
		step(execution, "aggregateLotValues", 7, 5);
		step(execution, "writeIndicator12Result", 3, 1);

		// when
		JobStatus status = JobStatus.of(execution);

		// then
		assertThat(status.jobExecutionId()).isEqualTo(42);
		assertThat(status.jobName()).isEqualTo("indicator12Job");
		assertThat(status.readCount()).isEqualTo(10);
		assertThat(status.writeCount()).isEqualTo(6);
		assertThat(status.isRunning()).isTrue();
		assertThat(status.startTime()).isNotNull();
		assertThat(status.endTime()).isNull();
	}

	@Test
	void aRunThatEndedWithoutAMessageHasNoneAndAFailedOneSaysWhereItsCauseIs() {
		JobStatus completed = JobStatus.of(execution("reindexJob", BatchStatus.COMPLETED, ExitStatus.COMPLETED));
		JobStatus failed = JobStatus.of(execution("reindexJob", BatchStatus.FAILED,
				ExitStatus.FAILED.addExitDescription("java.sql.SQLException: no table search_index\n\tat org.h2…")));

		assertThat(completed.isRunning()).isFalse();
		assertThat(completed.exitMessage()).isNull();
		assertThat(failed.isRunning()).isFalse();
		assertThat(completed.failureReference()).isNull();
		assertThat(failed.exitMessage()).isEqualTo("failed, see the server log (reference job-execution-42)");
		assertThat(failed.failureReference()).isEqualTo("job-execution-42");
	}

	private static JobExecution execution(String job, BatchStatus status, ExitStatus exit) {
		JobExecution execution = new JobExecution(42, new JobInstance(1, job), new JobParameters());
		execution.setStatus(status);
		execution.setExitStatus(exit);
		execution.setStartTime(LocalDateTime.of(2025, 7, 18, 9, 0));
		return execution;
	}

	private static void step(JobExecution execution, String name, long read, long written) {
		StepExecution step = new StepExecution(name, execution);
		step.setReadCount(read);
		step.setWriteCount(written);
		execution.addStepExecution(step);
	}
}
