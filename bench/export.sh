#!/usr/bin/env bash
# Export benchmark: `rives export --parquet` on the serving benchmark's store (the 5,000,000-row long file,
# built once when missing, as serve.sh does): rows, MB on disk, seconds. See README.md.
set -euo pipefail
source "$(dirname "$0")/build.sh"
cd "$REPO"
OUT="$REPO/bench/work/export-$(date -u +%Y%m%dT%H%M%SZ).txt"
java -Xmx512m -XX:+UseParallelGC -Dbench.rows="${BENCH_ROWS:-5000000}" -cp "$BENCH_CP" org.rives.bench.ExportBench \
  "$REPO" 2>&1 | tee "$OUT"
echo "figures saved to $OUT"
