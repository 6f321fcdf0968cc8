package cn.saihan.trace.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * What a failed job tells its callers, and what the server log keeps of it. A failure's exit
 * description is a stack trace naming SQL, tables and classes: it stays in the job repository and the
 * log, and callers (the API, the pages) get only {@link #MESSAGE} with a {@link #reference} that the
 * log line of the failure carries too, so the operator finds the cause from what the bureau reports.
 * Every job of the application is given the logging listener as it is created.
 */
@Component
public class JobFailures implements BeanPostProcessor {

	/** All that leaves the server about a failure, besides its reference. */
	public static final String MESSAGE = "failed, see the server log";

	private static final Log log = LogFactory.getLog(JobFailures.class);

	/** The reference a failed execution is logged under: its execution id, unique in the job repository. */
	public static String reference(long jobExecutionId) {
		return "job-execution-" + jobExecutionId;
	}

	/** The message callers see for a failed execution. */
	public static String message(long jobExecutionId) {
		return MESSAGE + " (reference " + reference(jobExecutionId) + ")";
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractJob job) {
			job.registerJobExecutionListener(new JobExecutionListener() {

				@Override
				public void afterJob(JobExecution execution) {
					logFailure(execution);
				}
			});
		}
		return bean;
	}

	private static void logFailure(JobExecution execution) {
		if (!execution.getStatus().isUnsuccessful()) {
			return;
		}
		String head = execution.getJobInstance().getJobName() + " " + execution.getStatus() + ", reference "
				+ reference(execution.getId());
		if (execution.getAllFailureExceptions().isEmpty()) {
			log.error(head + ": " + execution.getExitStatus().getExitDescription());
		}
		for (Throwable failure : execution.getAllFailureExceptions()) {
			log.error(head, failure);
		}
	}
}
