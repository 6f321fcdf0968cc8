-- The rows an import refused, with their line in the file and the reason, kept with the job
-- execution that read them so that the answer and later look-ups tell the same story.
CREATE TABLE lot_import_error (
    job_execution_id BIGINT        NOT NULL,
    line_number      BIGINT        NOT NULL,
    message          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (job_execution_id, line_number)
);
