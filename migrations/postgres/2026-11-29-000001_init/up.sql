-- Tenants own jobs and keys. The tenant '*' is the administrator.
CREATE TABLE tenants (
    id          TEXT PRIMARY KEY,
    created_at  TIMESTAMP NOT NULL,
    disabled_at TIMESTAMP NULL
);

-- API keys are stored only as SHA-256 digests; the prefix lets people tell keys apart.
CREATE TABLE api_keys (
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id),
    key_hash    TEXT NOT NULL UNIQUE,
    key_prefix  TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    revoked_at  TIMESTAMP NULL
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id);

-- One row per job. Timestamps are UTC. Ids are ULIDs, so ordering by id is ordering by creation.
CREATE TABLE jobs (
    id            TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL,
    batch_id      TEXT NULL,
    status        TEXT NOT NULL CHECK (status IN ('queued', 'processing', 'completed', 'failed', 'error')),
    attempt       INTEGER NOT NULL CHECK (attempt >= 1),
    progress_pct  SMALLINT NOT NULL CHECK (progress_pct BETWEEN 0 AND 100),
    input_uri     TEXT NOT NULL,
    output_uri    TEXT NOT NULL,
    content_type  TEXT NULL,
    findings      TEXT NULL,
    error_message TEXT NULL,
    policy        TEXT NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL,
    completed_at  TIMESTAMP NULL
);
-- GET /jobs: newest first per tenant, optionally by status, with millions of rows per tenant.
CREATE INDEX jobs_tenant_id ON jobs (tenant_id, id DESC);
CREATE INDEX jobs_tenant_status_id ON jobs (tenant_id, status, id DESC);
CREATE INDEX jobs_batch ON jobs (batch_id, id DESC) WHERE batch_id IS NOT NULL;
-- The sweeper looks only at unfinished jobs.
CREATE INDEX jobs_unfinished ON jobs (updated_at) WHERE status IN ('queued', 'processing');

-- Messages written in the same transaction as the job rows, relayed to the broker afterwards.
CREATE TABLE outbox (
    id          BIGSERIAL PRIMARY KEY,
    routing_key TEXT NOT NULL,
    payload     TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
