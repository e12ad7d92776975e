-- Rives store, version 4: the audit of the write paths. One row per upload, dry run, commit, cancel or
-- refusal by a token (and per load from the local command line): who (the token's public id and its
-- provider, never the token), when, from where, the file's name and SHA-256, the connector, the result
-- and the load it made. Kept for ever, like the loads; /api/loads names who made each load from here.
-- Written with IF NOT EXISTS so that it can be applied again harmlessly (see AuditLog.ensureTable).

CREATE SEQUENCE IF NOT EXISTS audit_seq;

CREATE TABLE IF NOT EXISTS audit (
    audit_id   BIGINT PRIMARY KEY DEFAULT nextval('audit_seq'),
    recorded_at TIMESTAMP NOT NULL,
    token_id   VARCHAR,             -- public id of the token; 'write-token' for rives.write-token; null on the local command line
    provider   VARCHAR,             -- provider the token acts for; null for admin
    channel    VARCHAR NOT NULL,    -- http | cli
    remote     VARCHAR,             -- the caller's address as the server saw it
    action     VARCHAR NOT NULL,    -- upload | dry-run | commit | load | cancel
    connector  VARCHAR,
    file_name  VARCHAR,
    sha256     VARCHAR,
    bytes      BIGINT,
    result     VARCHAR NOT NULL,    -- a load status (validated, committed, unchanged, rejected, failed), or staged, cancelled, forbidden
    load_id    INTEGER,
    detail     VARCHAR
);
