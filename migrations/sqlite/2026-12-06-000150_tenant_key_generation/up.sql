-- Per-tenant key rotation (pii_core::key_epoch). `tenants.key_epoch` stays the salt drawn when the
-- tenant's row was created; `key_generation` is advanced by POST /api/v1/admin/tenants/{id}/rotate-keys
-- and moves the tenant's callback signing secret and the key that seals what the service keeps for
-- it. A vault record names the generation it was sealed under (queued and stored policies carry
-- their whole epoch), so records written before a rotation still open after it. Rows from before
-- have generation 0, which derives exactly as before. Expand-only: older code ignores the columns.
ALTER TABLE tenants ADD COLUMN key_generation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pseudonym_vault ADD COLUMN key_generation INTEGER NOT NULL DEFAULT 0;
