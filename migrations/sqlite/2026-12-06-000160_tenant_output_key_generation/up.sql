-- Opt-in rotation of a tenant's output keys (pii_core::key_epoch). `output_key_generation` is
-- advanced by POST /api/v1/admin/tenants/{id}/rotate-keys with `{"outputs": true}` (besides
-- `key_generation`) and moves the keys of the tenant's `hash`, `encrypt`, `fpe`, `pseudonymize` and
-- `date_shift` outputs. Queued and stored policies carry their whole epoch, so a job submitted before
-- keeps its output keys. Rows from before get 0, which derives exactly the output keys from before.
-- Expand-only: older code ignores the column.
ALTER TABLE tenants ADD COLUMN output_key_generation INTEGER NOT NULL DEFAULT 0;
