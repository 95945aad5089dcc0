ALTER TABLE tenants DROP COLUMN output_key_generation;
