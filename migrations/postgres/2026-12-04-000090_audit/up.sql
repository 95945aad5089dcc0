-- The audit trail: who (key, tenant) did what (action) to what (target id), how it ended, when.
-- Never a document value, a URI or a token. Append-only: rows cannot be changed or deleted.
CREATE TABLE audit_events (
    id         BIGSERIAL PRIMARY KEY,
    at         TIMESTAMP NOT NULL,
    key_id     TEXT NOT NULL,
    tenant_id  TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT NULL,
    outcome    TEXT NOT NULL
);
-- GET /audit: newest first per tenant, optionally by action and time.
CREATE INDEX audit_events_tenant ON audit_events (tenant_id, id DESC);
CREATE INDEX audit_events_tenant_action ON audit_events (tenant_id, action, id DESC);
CREATE INDEX audit_events_at ON audit_events (at);

CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
