-- One row per job whose runs are looked up before they start. When several instances of the
-- application share the database, a start holds its job's row lock from "is there a run already?"
-- until the run is recorded, so two instances never both start the same run (the job repository
-- stores a job instance and its first execution in separate transactions, so it cannot tell alone).
CREATE TABLE job_start_lock (
    job_name VARCHAR(100) PRIMARY KEY
);

INSERT INTO job_start_lock (job_name) VALUES ('indicator12Job'), ('certificateExpiryJob'), ('reindexJob');
