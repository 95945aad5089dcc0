-- The pseudonym vault: what each `pseudonymize` surrogate stands for, so that its tenant can reverse
-- it (POST /api/v1/deanonymize). Nothing here reads without the tenant's key (pii_core::engine::vault):
-- `lookup` is an HMAC of the entity type and the normalised surrogate, `value_tag` an HMAC of the
-- normalised value, `sealed` the value under AES-256-GCM, all with keys derived from the tenant's.
-- A record lives as long as its scope: a job's or a batch's goes with that row; a text call's and
-- the tenant's go after the tenant's retention counted from `written_at`, and all go with the tenant.
-- Expand-only: older code ignores the table.
CREATE TABLE pseudonym_vault (
    tenant_id   TEXT NOT NULL,
    -- call | job | batch | tenant, and the call, job or batch id ('' for the tenant).
    scope_kind  TEXT NOT NULL,
    scope_id    TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    lookup      BYTEA NOT NULL,
    value_tag   BYTEA NOT NULL,
    sealed      BYTEA NOT NULL,
    -- Two different values drew this surrogate: it restores nothing.
    ambiguous   BOOLEAN NOT NULL DEFAULT FALSE,
    -- The last time a surrogate was written for this record (tenant-scope records age from it).
    written_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, scope_kind, scope_id, entity_type, lookup)
);
-- Reversal without a named scope searches every scope of the tenant.
CREATE INDEX pseudonym_vault_lookup ON pseudonym_vault (tenant_id, entity_type, lookup);
-- The retention sweeper ages out call and tenant records.
CREATE INDEX pseudonym_vault_age ON pseudonym_vault (scope_kind, written_at);
