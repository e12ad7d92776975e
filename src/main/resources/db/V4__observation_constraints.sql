-- Rives store, version 4: the observation table with the constraints the model promises. Stores written
-- before this version may hold an observation table that a load rewrote with CREATE TABLE ... AS, which
-- keeps no constraint; it is rebuilt here as version 1 declared it, in series-key order, and loads now
-- refill it in place instead (store/VintageMerger).
--
-- Promised and declared: NOT NULL as in version 1; a figure is superseded by a later load than its own;
-- one series row per series key. Promised and checked, not declared: one row per series, period and load,
-- and at most one current row (superseded_by IS NULL) per series and period. DuckDB has no partial unique
-- index, and a unique index on (series_id, time_period, load_id) made a small load into a store of 970,000
-- figures take 14 to 24 s of CPU instead of 1 s, and the file 144 MB instead of 34 MB (bench/refill.sh);
-- a load checks these two within its transaction instead, for the series it touched, and StoreInvariants
-- checks the whole store.

CREATE TABLE observation_v4 (
    series_id      INTEGER NOT NULL,
    time_period    VARCHAR NOT NULL,
    obs_value      DOUBLE NOT NULL,
    obs_status     VARCHAR NOT NULL,
    obs_flags      VARCHAR,
    load_id        INTEGER NOT NULL,
    superseded_by  INTEGER CHECK (superseded_by > load_id),
    src_line       BIGINT
);

INSERT INTO observation_v4
SELECT o.series_id, o.time_period, o.obs_value, o.obs_status, o.obs_flags, o.load_id, o.superseded_by, o.src_line
FROM observation o LEFT JOIN series s USING (series_id)
ORDER BY s.indicator, s.ref_area, o.series_id, o.time_period, o.load_id;

DROP VIEW observation_long;
DROP TABLE observation;
ALTER TABLE observation_v4 RENAME TO observation;

CREATE VIEW observation_long AS
SELECT s.source, s.indicator, s.ref_area, s.counterpart_area, s.sex, s.age, s.breakdown, s.freq,
       o.time_period, o.obs_value, s.unit, s.unit_mult, o.obs_status, o.obs_flags,
       o.load_id, o.superseded_by, o.src_line, s.series_id
FROM observation o JOIN series s USING (series_id);

CREATE UNIQUE INDEX series_key ON series (source, indicator, ref_area, counterpart_area, sex, age, breakdown, freq,
                                          unit, unit_mult);
