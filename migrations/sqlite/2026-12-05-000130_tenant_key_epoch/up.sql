-- The key epoch every secret derived for a tenant is bound to (pii_core::key_epoch): a tenant
-- created from now on gets a fresh one, so a tenant deleted and created again under the same id does
-- not inherit the old one's secrets. Existing tenants keep '' (the legacy epoch, under which the
-- derivation is the earlier one), so their tokens and hashes stay valid. Expand-only: older code
-- ignores the column.
ALTER TABLE tenants ADD COLUMN key_epoch TEXT NOT NULL DEFAULT '';
