-- Executions of every job are judged stale under the job's start lock at each start of the application
-- (jobs/StaleExecutions), the import's too, which has no start of its own to serialise.
INSERT INTO job_start_lock (job_name) VALUES ('lotImportJob');
