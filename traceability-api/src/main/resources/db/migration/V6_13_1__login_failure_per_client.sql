-- Failed logins are counted per user name AND client address: guesses from one client lock that
-- client out of the name, never the name for everybody (anyone could otherwise lock the bureau out
-- with five requests). The sum over a name's rows slows down a name that many clients guess at.
-- Counts kept under the old key (per name only) are dropped with it, which lifts any lock running.
DROP TABLE login_failure;
CREATE TABLE login_failure (
    username       VARCHAR(50)  NOT NULL,
    client_address VARCHAR(100) NOT NULL,
    failed_count   INT          NOT NULL,
    last_failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_login_failure PRIMARY KEY (username, client_address)
);
