#!/usr/bin/env bash
# Crash benchmark: kills a load with kill -9 (SIGKILL) at random moments, 100 times, against a store that
# already holds a vintage, and checks after each kill that the store opens, keeps its invariants and holds
# the load wholly or not at all. See bench/README.md. Kills: CRASH_KILLS (default 100).
set -euo pipefail
source "$(dirname "$0")/build.sh"
cd "$REPO"
java -Xmx512m -XX:+UseParallelGC -Dcrash.kills="${CRASH_KILLS:-100}" -cp "$BENCH_CP" org.rives.bench.CrashBench "$REPO" \
  | tee "$REPO/bench/work/crash-$(date -u +%Y%m%dT%H%M%SZ).txt"
