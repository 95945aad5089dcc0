-- A counter bumped whenever a key or tenant changes (key created or revoked, tenant disabled or
-- changed). Every gateway reads it at most once a second and drops its cached keys when it moved,
-- so a revocation takes effect everywhere within about a second instead of a cache lifetime.
CREATE TABLE auth_epoch (
    id INTEGER PRIMARY KEY NOT NULL,
    epoch BIGINT NOT NULL
);
INSERT INTO auth_epoch (id, epoch) VALUES (1, 0);
