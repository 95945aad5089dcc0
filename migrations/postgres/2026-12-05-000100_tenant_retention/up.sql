-- How long a tenant's ended jobs (their output, findings and row) are kept, in seconds, counted from
-- the end of the job; NULL: the deployment's default (PII_REDACTOR_RETENTION_SECONDS), and without
-- one, until someone deletes them. Older code ignores the column (expand-only change).
ALTER TABLE tenants ADD COLUMN retention_seconds BIGINT NULL;
-- The retention sweeper looks for ended jobs by end time.
CREATE INDEX jobs_ended_at ON jobs (completed_at) WHERE completed_at IS NOT NULL;
