ALTER TABLE pseudonym_vault DROP COLUMN key_generation;
ALTER TABLE tenants DROP COLUMN key_generation;
