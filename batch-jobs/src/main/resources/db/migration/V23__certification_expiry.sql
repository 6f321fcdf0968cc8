-- The daily list of certifications that lapse soon or have lapsed, one list per report date; a
-- run for a date replaces that date's list.
CREATE TABLE certification_expiry (
    report_date      DATE         NOT NULL,
    certification_id BIGINT       NOT NULL REFERENCES certification (id),
    producer_id      BIGINT       NOT NULL REFERENCES producer (id),
    producer_name    VARCHAR(100) NOT NULL,
    town_code        VARCHAR(40)  NOT NULL,
    type             VARCHAR(20)  NOT NULL,
    certificate_no   VARCHAR(40)  NOT NULL,
    valid_to         DATE         NOT NULL,
    days_left        INTEGER      NOT NULL,
    state            VARCHAR(10)  NOT NULL,
    PRIMARY KEY (report_date, certification_id)
);
