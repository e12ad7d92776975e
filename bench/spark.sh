#!/usr/bin/env bash
# Beyond one machine: Spark (local mode, 2 cores) reads the Parquet export of a store holding every
# connector's samples and reproduces the comparable table's shore sums (/api/compare) for a few
# indicators. A Maven profile, not part of `mvn verify`. See README.md ("Exports"). About 3 minutes here.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${RIVES_BENCH_BUILD:-$REPO/bench/work/spark-build}"
mkdir -p "$REPO/bench/work"
OUT="$REPO/bench/work/spark-$(date -u +%Y%m%dT%H%M%SZ).txt"
cd "$REPO"
export SPARK_LOCAL_IP=127.0.0.1   # Spark binds to the loopback interface only
mvn -B -Pspark -Drives.build.dir="$BUILD" -Dsurefire.printSummary=true -DtrimStackTrace=true test 2>&1 | tee "$OUT"
echo "output saved to $OUT"
