-- Who recorded an event, by role (PRODUCER 自报, BUREAU 监管部门, LAB 检测机构 through the bureau), and an
-- inspection's report file. Shared SQL of H2 and PostgreSQL.

ALTER TABLE trace_event ADD COLUMN recorded_as VARCHAR(10);

-- Events recorded by hand before the role was kept: a producer's login recorded as the producer,
-- any other login (the bureau's) as the bureau. The system's own events (harvest, transformation) have none.
UPDATE trace_event
SET recorded_as = CASE WHEN recorded_by IN (SELECT username FROM account WHERE role = 'FARMER') THEN 'PRODUCER'
                       ELSE 'BUREAU' END
WHERE type NOT IN ('HARVESTED', 'TRANSFORMED');

-- One report per inspection, never replaced (events are append-only); the file is capped in size by the service.
CREATE TABLE inspection_report (
    event_id    BIGINT      PRIMARY KEY REFERENCES trace_event (id),
    media_type  VARCHAR(40) NOT NULL,
    size_bytes  BIGINT      NOT NULL,
    sha256      VARCHAR(64) NOT NULL,
    content     BYTEA       NOT NULL,
    attached_by VARCHAR(100) NOT NULL,
    attached_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_inspection_report_size CHECK (size_bytes > 0)
);
