-- Batches of jobs submitted together, with an optional callback when every job has ended.
CREATE TABLE batches (
    id               TEXT PRIMARY KEY NOT NULL,
    tenant_id        TEXT NOT NULL,
    jobs_total       INTEGER NOT NULL,
    callback_url     TEXT NULL,
    metadata         TEXT NULL,
    created_at       TIMESTAMP NOT NULL,
    completed_at     TIMESTAMP NULL
);
CREATE INDEX batches_tenant_id ON batches (tenant_id, id DESC);

-- Per-job callback and caller metadata; when a failed job will be retried automatically.
ALTER TABLE jobs ADD COLUMN callback_url TEXT NULL;
ALTER TABLE jobs ADD COLUMN metadata TEXT NULL;
ALTER TABLE jobs ADD COLUMN next_attempt_at TIMESTAMP NULL;
-- Batch progress and "has every job ended" are counted per status.
CREATE INDEX jobs_batch_status ON jobs (batch_id, status) WHERE batch_id IS NOT NULL;

-- A retried request with the same Idempotency-Key and body gets the original answer.
CREATE TABLE idempotency_keys (
    tenant_id       TEXT NOT NULL,
    key             TEXT NOT NULL,
    request_hash    TEXT NOT NULL,
    response_status SMALLINT NOT NULL,
    response_body   TEXT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- Callbacks waiting to be delivered (an outbox for HTTP), retried with backoff.
CREATE TABLE callbacks (
    id              INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    tenant_id       TEXT NOT NULL,
    url             TEXT NOT NULL,
    event           TEXT NOT NULL,
    payload         TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    delivered_at    TIMESTAMP NULL,
    gave_up_at      TIMESTAMP NULL,
    last_error      TEXT NULL
);
CREATE INDEX callbacks_due ON callbacks (next_attempt_at) WHERE delivered_at IS NULL AND gave_up_at IS NULL;

-- Per-tenant quotas; NULL means the deployment's default.
ALTER TABLE tenants ADD COLUMN requests_per_second REAL NULL;
ALTER TABLE tenants ADD COLUMN max_jobs_in_flight INTEGER NULL;
