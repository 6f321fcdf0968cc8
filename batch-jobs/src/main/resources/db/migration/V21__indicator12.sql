-- Indicator 12 (spec §2.8): the bureau's official output figures, the job's working sums and its
-- results. Money is NUMERIC to the cent, shares NUMERIC to 6 decimals (they may pass 1 when an
-- official total is smaller than the registered lots).

CREATE TABLE official_output (
    stat_year  INTEGER        PRIMARY KEY,
    total_yuan NUMERIC(20, 2) NOT NULL,
    entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    entered_by VARCHAR(100)   NOT NULL,
    CONSTRAINT ck_official_output_total CHECK (total_yuan > 0)
);

CREATE TABLE official_town_output (
    stat_year       INTEGER        NOT NULL REFERENCES official_output (stat_year),
    town_code  VARCHAR(40)    NOT NULL REFERENCES town (code),
    total_yuan NUMERIC(20, 2) NOT NULL,
    PRIMARY KEY (stat_year, town_code),
    CONSTRAINT ck_official_town_output_total CHECK (total_yuan > 0)
);

-- Sums per town and product that each chunk of the job commits together with its reader position,
-- so that a restarted run continues from its last chunk without counting a lot twice.
CREATE TABLE indicator12_partial_sum (
    job_instance_id           BIGINT         NOT NULL,
    stat_year                      INTEGER        NOT NULL,
    town_code                 VARCHAR(40)    NOT NULL,
    product_code              VARCHAR(40)    NOT NULL,
    lot_count                 BIGINT         NOT NULL,
    value_yuan                NUMERIC(20, 2) NOT NULL,
    green_organic_value_yuan  NUMERIC(20, 2) NOT NULL,
    sanpin_value_yuan         NUMERIC(20, 2) NOT NULL,
    green_value_yuan          NUMERIC(20, 2) NOT NULL,
    organic_value_yuan        NUMERIC(20, 2) NOT NULL,
    gi_value_yuan             NUMERIC(20, 2) NOT NULL,
    pollution_free_value_yuan NUMERIC(20, 2) NOT NULL
);
CREATE INDEX ix_indicator12_partial_sum_instance ON indicator12_partial_sum (job_instance_id);

-- One result per year: a re-run replaces it in one transaction.
CREATE TABLE indicator12_result (
    stat_year                     INTEGER        PRIMARY KEY,
    job_execution_id         BIGINT         NOT NULL,
    denominator_basis        VARCHAR(20)    NOT NULL,
    denominator_yuan         NUMERIC(20, 2) NOT NULL,
    green_organic_value_yuan NUMERIC(20, 2) NOT NULL,
    share                    NUMERIC(16, 6),
    sanpin_value_yuan        NUMERIC(20, 2) NOT NULL,
    sanpin_share             NUMERIC(16, 6),
    previous_year_share      NUMERIC(16, 6),
    trend                    VARCHAR(10),
    lot_count                BIGINT         NOT NULL,
    computed_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The breakdowns of a year's result: dimension TOWN, PRODUCT or CERT_TYPE, code the town, product or type.
CREATE TABLE indicator12_breakdown (
    stat_year                     INTEGER        NOT NULL REFERENCES indicator12_result (stat_year),
    dimension                VARCHAR(10)    NOT NULL,
    code                     VARCHAR(40)    NOT NULL,
    denominator_basis        VARCHAR(20),
    denominator_yuan         NUMERIC(20, 2),
    value_yuan               NUMERIC(20, 2) NOT NULL,
    green_organic_value_yuan NUMERIC(20, 2),
    share                    NUMERIC(16, 6),
    PRIMARY KEY (stat_year, dimension, code)
);
