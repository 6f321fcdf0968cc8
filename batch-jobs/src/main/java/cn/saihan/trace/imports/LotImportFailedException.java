package cn.saihan.trace.imports;

/** The import job failed; its transaction rolled back, so nothing of the file was stored. */
class LotImportFailedException extends RuntimeException {

	private final long jobExecutionId;

	LotImportFailedException(long jobExecutionId, String reason) {
		super("The import failed and stored nothing of the file (job execution " + jobExecutionId + "): " + reason);
		this.jobExecutionId = jobExecutionId;
	}

	long jobExecutionId() {
		return jobExecutionId;
	}
}
