#!/usr/bin/env bash
# Ingest benchmark: DuckDB's own read_csv of a file vs a full Rives load of it, for a 5,000,000-row long
# file (Eurostat SDMX-CSV layout) and a wide file (World Bank WDI bulk layout). See bench/README.md.
# Rows of the long file: BENCH_ROWS (default 5000000). Files are generated once into bench/work/.
set -euo pipefail
source "$(dirname "$0")/build.sh"
cd "$REPO"
# Rives runs with the throughput collector (see README, "Running in production"); G1 costs a quarter more here.
java -Xmx512m -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-} -Dbench.rows="${BENCH_ROWS:-5000000}" -cp "$BENCH_CP" org.rives.bench.IngestBench "$REPO" \
  | tee "$REPO/bench/work/ingest-$(date -u +%Y%m%dT%H%M%SZ).txt"
