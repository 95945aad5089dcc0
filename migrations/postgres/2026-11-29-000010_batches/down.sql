ALTER TABLE tenants DROP COLUMN max_jobs_in_flight;
ALTER TABLE tenants DROP COLUMN requests_per_second;
DROP TABLE callbacks;
DROP TABLE idempotency_keys;
DROP INDEX jobs_batch_status;
ALTER TABLE jobs DROP COLUMN next_attempt_at;
ALTER TABLE jobs DROP COLUMN metadata;
ALTER TABLE jobs DROP COLUMN callback_url;
DROP TABLE batches;
