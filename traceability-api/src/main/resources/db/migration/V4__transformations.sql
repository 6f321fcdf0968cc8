-- Lots made from other lots (merged or repacked by a buyer) and the links between them.
-- A transformed lot is not new agricultural output: statistics count only lots of origin HARVEST.

ALTER TABLE lot ADD COLUMN origin VARCHAR(20) DEFAULT 'HARVEST' NOT NULL;

CREATE TABLE lot_input (
    output_lot_id BIGINT         NOT NULL REFERENCES lot (id),
    input_lot_id  BIGINT         NOT NULL REFERENCES lot (id),
    quantity_kg   NUMERIC(12, 3) NOT NULL,
    event_id      BIGINT         NOT NULL REFERENCES trace_event (id),
    PRIMARY KEY (output_lot_id, input_lot_id),
    CONSTRAINT ck_lot_input_quantity CHECK (quantity_kg > 0)
);
CREATE INDEX ix_lot_input_input ON lot_input (input_lot_id);
