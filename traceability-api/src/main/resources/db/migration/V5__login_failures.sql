-- Failed logins in a row per known user name, shared by every instance of the application so that
-- spreading guesses over the instances behind a load balancer gains nothing. A row exists only
-- while a name has failures; a successful login deletes it.
CREATE TABLE login_failure (
    username     VARCHAR(50) PRIMARY KEY,
    failed_count INT         NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);
