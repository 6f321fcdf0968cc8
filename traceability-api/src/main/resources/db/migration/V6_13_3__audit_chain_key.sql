-- The audit chain is keyed with a secret outside the database (HMAC-SHA256 under trace.audit.key):
-- whoever can write the database can no longer recompute the hashes, nor rewind the head. Each
-- entry names how its hash was made; the entries made before (plain SHA-256) still verify. The
-- head carries a MAC over its last hash and count, so that deleting the newest entries and
-- rewinding the head shows.
ALTER TABLE audit_entry ADD COLUMN hash_algorithm VARCHAR(20) DEFAULT 'SHA-256' NOT NULL;
ALTER TABLE audit_head ADD COLUMN head_mac VARCHAR(64);
