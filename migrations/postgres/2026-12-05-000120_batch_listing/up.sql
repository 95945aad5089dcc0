-- A batch made from a prefix of any size is listed and submitted page by page in the background.
-- What the listing needs to go on (on any gateway, after a restart) is kept in the batch row: the
-- prefix and the options every job of the batch gets (the policy as sealed at submission), the last
-- key listed, and which gateway lists it until when (a lease, so two never list the same batch).
ALTER TABLE batches ADD COLUMN input_prefix TEXT NULL;
ALTER TABLE batches ADD COLUMN output_prefix TEXT NULL;
ALTER TABLE batches ADD COLUMN policy TEXT NULL;
ALTER TABLE batches ADD COLUMN overwrite BOOLEAN NOT NULL DEFAULT FALSE;
-- True while objects remain to be listed; the batch does not complete before it is false.
ALTER TABLE batches ADD COLUMN listing BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE batches ADD COLUMN list_after TEXT NULL;
ALTER TABLE batches ADD COLUMN listing_owner TEXT NULL;
ALTER TABLE batches ADD COLUMN listing_lease_until TIMESTAMP NULL;
-- Why the listing ended early (the jobs created before it still run).
ALTER TABLE batches ADD COLUMN listing_error TEXT NULL;
-- Gateways look for listings to take over.
CREATE INDEX batches_listing ON batches (listing_lease_until) WHERE listing;
