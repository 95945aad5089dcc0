-- Message headers to publish with an outbox message (JSON object of strings), so that the W3C trace
-- context of the request that wrote the message travels with it to the broker. Nullable: rows written
-- by older code have none, and older code ignores the column (expand-only change).
ALTER TABLE outbox ADD COLUMN headers TEXT;
