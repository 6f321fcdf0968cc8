-- What one client address may still do in a window of time (e.g. enrolments per hour), shared by
-- every instance: one row per purpose and client, counted up in one statement.
CREATE TABLE client_quota (
    purpose        VARCHAR(40)  NOT NULL,
    client_address VARCHAR(100) NOT NULL,
    window_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    used           INT          NOT NULL,
    CONSTRAINT pk_client_quota PRIMARY KEY (purpose, client_address)
);
