-- Rives store, version 1.
-- Observations are split into a series dimension (the full key but the period) and a narrow fact
-- table, so loads move integers and every series key is stored once. The view observation_long gives
-- the SDMX-shaped long table of DESIGN.md.

CREATE TABLE load (
    load_id        INTEGER PRIMARY KEY,
    source         VARCHAR NOT NULL,
    file_name      VARCHAR,
    sha256         VARCHAR,
    bytes          BIGINT,
    status         VARCHAR NOT NULL,      -- committed | unchanged | rejected | failed
    started_at     TIMESTAMP NOT NULL,
    finished_at    TIMESTAMP,
    duration_ms    BIGINT,
    rows_read      BIGINT,
    cells_read     BIGINT,
    observations   BIGINT,
    missing_cells  BIGINT,
    excluded       BIGINT,
    filtered       BIGINT,
    rejected       BIGINT,
    obs_new        BIGINT,
    obs_revised    BIGINT,
    obs_withdrawn  BIGINT,
    obs_unchanged  BIGINT,
    previous_load  INTEGER,
    message        VARCHAR,
    warnings       VARCHAR[]
);

CREATE TABLE rejection (
    load_id  INTEGER NOT NULL,
    file     VARCHAR,
    line     BIGINT,
    col      INTEGER,
    reason   VARCHAR
);

CREATE TABLE series (
    series_id         INTEGER PRIMARY KEY,
    source            VARCHAR NOT NULL,
    indicator         VARCHAR NOT NULL,
    ref_area          VARCHAR NOT NULL,
    counterpart_area  VARCHAR NOT NULL,
    sex               VARCHAR NOT NULL,
    age               VARCHAR NOT NULL,
    breakdown         VARCHAR NOT NULL,
    freq              VARCHAR NOT NULL,
    unit              VARCHAR NOT NULL,
    unit_mult         INTEGER NOT NULL
);

-- One row per vintage of a figure: load_id introduced it, superseded_by (null while current) is the
-- load that revised or withdrew it. Kept physically ordered by series key after each load.
CREATE TABLE observation (
    series_id      INTEGER NOT NULL,
    time_period    VARCHAR NOT NULL,
    obs_value      DOUBLE NOT NULL,
    obs_status     VARCHAR NOT NULL,
    obs_flags      VARCHAR,
    load_id        INTEGER NOT NULL,
    superseded_by  INTEGER,
    src_line       BIGINT
);

CREATE VIEW observation_long AS
SELECT s.source, s.indicator, s.ref_area, s.counterpart_area, s.sex, s.age, s.breakdown, s.freq,
       o.time_period, o.obs_value, s.unit, s.unit_mult, o.obs_status, o.obs_flags,
       o.load_id, o.superseded_by, o.src_line, s.series_id
FROM observation o JOIN series s USING (series_id);
