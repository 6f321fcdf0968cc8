-- User names are unique after Unicode NFKC normalisation and case folding: "Farmer1" beside
-- "farmer1", or "BUREAU" beside the bureau, would let one login pass for another. Each login and
-- each enrolment keeps that key; a unique index on the logins' key decides between two at once.
-- Names were ASCII already, so LOWER is the key of every existing row; a look-alike that an older
-- version let in keeps its login, with its id in its key, and no new one can join it.
ALTER TABLE account ADD COLUMN username_key VARCHAR(80);
UPDATE account SET username_key = LOWER(username);
UPDATE account SET username_key = username_key || '#' || CAST(id AS VARCHAR(20))
WHERE EXISTS (SELECT 1 FROM account other WHERE other.username_key = account.username_key AND other.id < account.id);
ALTER TABLE account ALTER COLUMN username_key SET NOT NULL;
CREATE UNIQUE INDEX uk_account_username_key ON account (username_key);

ALTER TABLE enrolment ADD COLUMN username_key VARCHAR(80);
UPDATE enrolment SET username_key = LOWER(username);
ALTER TABLE enrolment ALTER COLUMN username_key SET NOT NULL;
CREATE INDEX ix_enrolment_username_key ON enrolment (username_key, status);
