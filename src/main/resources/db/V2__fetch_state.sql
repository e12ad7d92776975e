-- Rives store, version 2: what the last fetch of each remote connector learnt, so the next one can
-- ask "only if changed" (If-None-Match / If-Modified-Since). Validators are saved only after the
-- fetched bytes loaded, so a file that failed to load is fetched again in full next time.

CREATE TABLE fetch_state (
    connector      VARCHAR PRIMARY KEY,
    url            VARCHAR NOT NULL,
    etag           VARCHAR,
    last_modified  VARCHAR,
    checked_at     TIMESTAMP,             -- last request that got an answer (200 or 304)
    fetched_at     TIMESTAMP,             -- last 200 whose bytes loaded
    status         VARCHAR,               -- fetched | not modified | failed
    message        VARCHAR,
    sha256         VARCHAR
);
