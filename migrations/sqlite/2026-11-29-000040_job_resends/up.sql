-- How many times the sweeper has sent a `processing` job again because its worker vanished without
-- the broker redelivering it; past a bound the job ends as `error` instead of circling forever.
-- Defaults to 0 for existing rows, and older code ignores the column (expand-only change).
ALTER TABLE jobs ADD COLUMN resends INTEGER NOT NULL DEFAULT 0;
