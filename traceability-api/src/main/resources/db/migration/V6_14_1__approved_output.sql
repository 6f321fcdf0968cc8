-- Approved output (核准产量, spec §2.9): what a certification approves per product and certificate
-- year, and how the lots it certifies drew on it, kept as the registry stands so that registering a
-- lot is a look-up and an update, never a replay of its producer's history.

CREATE TABLE certification_approved_output (
    certification_id BIGINT         NOT NULL REFERENCES certification (id),
    product_code     VARCHAR(40)    NOT NULL REFERENCES product (code),
    approved_kg      NUMERIC(12, 3) NOT NULL,
    PRIMARY KEY (certification_id, product_code),
    CONSTRAINT ck_approved_output_positive CHECK (approved_kg > 0)
);

-- Per lot and certificate type the rule of §2.8 certifies it of: the kg its certifications covered
-- and the kg beyond their approved output. certified_kg + over_kg = the lot's quantity.
CREATE TABLE lot_certified (
    lot_id       BIGINT         NOT NULL REFERENCES lot (id),
    cert_type    VARCHAR(20)    NOT NULL,
    certified_kg NUMERIC(12, 3) NOT NULL,
    over_kg      NUMERIC(12, 3) NOT NULL,
    PRIMARY KEY (lot_id, cert_type)
);

-- What a lot drew on a certification with an approved output for its product, in the certificate
-- year of its harvest; over_kg is what it asked beyond the last of its certifications of that type.
CREATE TABLE lot_allocation (
    lot_id           BIGINT         NOT NULL REFERENCES lot (id),
    certification_id BIGINT         NOT NULL REFERENCES certification (id),
    certificate_year INTEGER        NOT NULL,
    drawn_kg         NUMERIC(12, 3) NOT NULL,
    over_kg          NUMERIC(12, 3) NOT NULL,
    PRIMARY KEY (lot_id, certification_id)
);
CREATE INDEX ix_lot_allocation_certification ON lot_allocation (certification_id, certificate_year);

-- Running totals of lot_allocation per certification, product and certificate year: the balance.
CREATE TABLE approved_output_drawn (
    certification_id BIGINT         NOT NULL REFERENCES certification (id),
    product_code     VARCHAR(40)    NOT NULL,
    certificate_year INTEGER        NOT NULL,
    drawn_kg         NUMERIC(15, 3) NOT NULL,
    over_kg          NUMERIC(15, 3) NOT NULL,
    PRIMARY KEY (certification_id, product_code, certificate_year)
);

-- Until now no certification stated an approved output, so every harvest lot the rule certifies is
-- certified for its whole quantity.
INSERT INTO lot_certified (lot_id, cert_type, certified_kg, over_kg)
SELECT DISTINCT l.id, c.type, l.quantity_kg, 0
FROM lot l
JOIN certification c ON c.producer_id = l.producer_id
JOIN certification_product cp ON cp.certification_id = c.id AND cp.product_code = l.product_code
WHERE l.origin = 'HARVEST'
  AND c.valid_from <= l.harvest_date
  AND (c.valid_to IS NULL OR l.harvest_date <= c.valid_to)
  AND (c.revoked_at IS NULL OR c.revoked_at > l.harvest_date);
