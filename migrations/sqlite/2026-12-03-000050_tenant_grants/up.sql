-- Storage grants: the URI prefixes each tenant may read, list and write (besides its own output
-- area). Without a row a tenant reaches only https inputs and its own outputs.
CREATE TABLE tenant_grants (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    prefix TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, prefix)
);
-- What a completed job wrote at output_uri (size and the store's ETag or the file's mtime and inode),
-- so that DELETE removes that object only, and an existing object that no job of the tenant wrote is
-- not overwritten by accident. Null for jobs from before this column and for jobs that wrote nothing.
ALTER TABLE jobs ADD COLUMN output_size BIGINT;
ALTER TABLE jobs ADD COLUMN output_tag TEXT;
