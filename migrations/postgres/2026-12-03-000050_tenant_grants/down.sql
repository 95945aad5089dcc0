ALTER TABLE jobs DROP COLUMN output_tag;
ALTER TABLE jobs DROP COLUMN output_size;
DROP TABLE tenant_grants;
