-- A lot's status (ACTIVE, HELD: sale suspended while something is checked, RECALLED: final), the holds
-- in force that make it so, and the dated history of every change. Shared SQL of H2 and PostgreSQL.

-- The status as read on every check (labels, events, transformations, scans); kept by the holds below.
ALTER TABLE lot ADD COLUMN status VARCHAR(10) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE lot ADD COLUMN status_reason VARCHAR(500);
ALTER TABLE lot ADD COLUMN status_since TIMESTAMP WITH TIME ZONE;

-- What holds a lot: one row per cause (the lot whose own hold or recall reached it, itself included).
-- A release deletes the HOLD rows of its cause; a lot stays HELD while any row remains, RECALLED for good.
CREATE TABLE lot_hold (
    lot_id       BIGINT       NOT NULL REFERENCES lot (id),
    cause_lot_id BIGINT       NOT NULL REFERENCES lot (id),
    kind         VARCHAR(10)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    placed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    placed_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (lot_id, cause_lot_id),
    CONSTRAINT ck_lot_hold_kind CHECK (kind IN ('HOLD', 'RECALL'))
);
CREATE INDEX ix_lot_hold_cause ON lot_hold (cause_lot_id);

-- The history of each lot's changes is its HELD, RELEASED and RECALLED trace events (reason, cause, when, who).
