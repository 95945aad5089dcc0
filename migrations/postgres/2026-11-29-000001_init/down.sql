DROP TABLE outbox;
DROP TABLE jobs;
DROP TABLE api_keys;
DROP TABLE tenants;
