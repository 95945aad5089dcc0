DROP INDEX jobs_ended_at;
ALTER TABLE tenants DROP COLUMN retention_seconds;
