#!/usr/bin/env bash
# What a load of the long file (BENCH_ROWS rows, default 5000000) would cost with the connector compiled into
# DuckDB's read_csv and harmonised as set operations, statement by statement, beside the reference of
# ingest.sh. A costing of the design, not a load. See bench/README.md.
set -euo pipefail
source "$(dirname "$0")/build.sh"
cd "$REPO"
java -Xmx512m -XX:+UseParallelGC -Dbench.rows="${BENCH_ROWS:-5000000}" -cp "$BENCH_CP" org.rives.bench.CompiledPathSketch "$REPO" \
  | tee "$REPO/bench/work/compiled-sketch-$(date -u +%Y%m%dT%H%M%SZ).txt"
