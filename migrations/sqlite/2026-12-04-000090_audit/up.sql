-- The audit trail: who (key, tenant) did what (action) to what (target id), how it ended, when.
-- Never a document value, a URI or a token. Append-only: rows cannot be changed or deleted.
CREATE TABLE audit_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    at         TIMESTAMP NOT NULL,
    key_id     TEXT NOT NULL,
    tenant_id  TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT NULL,
    outcome    TEXT NOT NULL
);
CREATE INDEX audit_events_tenant ON audit_events (tenant_id, id DESC);
CREATE INDEX audit_events_tenant_action ON audit_events (tenant_id, action, id DESC);
CREATE INDEX audit_events_at ON audit_events (at);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
