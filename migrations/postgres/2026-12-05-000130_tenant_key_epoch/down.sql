ALTER TABLE tenants DROP COLUMN key_epoch;
