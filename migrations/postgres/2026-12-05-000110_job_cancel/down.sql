ALTER TABLE jobs DROP COLUMN cancelled_at;
