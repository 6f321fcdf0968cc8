-- Each label's scan count when its lot was recalled: scans since the recall are its count now less this,
-- so the scan itself writes nothing more. Shared SQL of H2 and PostgreSQL.
CREATE TABLE label_recall_scan (
    label_id        BIGINT PRIMARY KEY REFERENCES label (id),
    scans_at_recall BIGINT NOT NULL,
    recalled_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
