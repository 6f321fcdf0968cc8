-- A producer's GS1 Global Location Number (13 digits with its check digit), optional: where it has
-- one, its EPCIS events name the place and the party by it. An enrolment carries it to the producer.
ALTER TABLE producer ADD COLUMN gln VARCHAR(13);
ALTER TABLE enrolment ADD COLUMN gln VARCHAR(13);
