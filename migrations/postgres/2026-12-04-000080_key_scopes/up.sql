-- What each API key may do: a space-separated list of jobs:read, jobs:write, analyze, deanonymize,
-- admin. Keys that existed before keep everything they could do except reversing tokens, which is
-- now asked for explicitly (an administrator creates a key with the deanonymize scope).
ALTER TABLE api_keys ADD COLUMN scopes TEXT NOT NULL DEFAULT 'jobs:read jobs:write analyze admin';
