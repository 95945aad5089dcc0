-- When a job was cancelled on request (it ended `failed` then). While set, the event consumer
-- ignores whatever a worker still reports for the job and removes an output it reports written; a
-- retry on request clears it. Null for every other job, and older code ignores the column
-- (expand-only change).
ALTER TABLE jobs ADD COLUMN cancelled_at TIMESTAMP;
