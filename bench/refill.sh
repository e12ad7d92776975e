#!/usr/bin/env bash
# Refill benchmark: a store built from the long file (BENCH_ROWS rows, default 5000000), then three small
# loads that each add a few figures, so each puts the whole observation table back in series-key order.
# See bench/README.md.
set -euo pipefail
source "$(dirname "$0")/build.sh"
cd "$REPO"
java -Xmx512m -XX:+UseParallelGC -Dbench.rows="${BENCH_ROWS:-5000000}" -cp "$BENCH_CP" org.rives.bench.RefillBench "$REPO" \
  | tee "$REPO/bench/work/refill-$(date -u +%Y%m%dT%H%M%SZ).txt"
