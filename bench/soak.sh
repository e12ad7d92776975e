#!/usr/bin/env bash
# Soak: the server on a store with every connector's sample loaded, 32 connections for 10 minutes on a mix
# of compare, mirror, observations, SDMX data and the committee page's assets, while a load commits every
# 30 s (a World Bank file uploaded over POST /api/loads, a figure changed each time). Prints requests,
# errors (must be 0), p50/p99 per endpoint, and the server's heap and RSS at the start and the end.
# Bounded: SOAK_SECONDS (600), SOAK_CONNECTIONS (32), SOAK_LOAD_EVERY (30 s). See README.md.
set -euo pipefail
source "$(dirname "$0")/build.sh"
source "$(dirname "$0")/server.sh"
cd "$REPO"

CONNECTIONS="${SOAK_CONNECTIONS:-32}"
SECONDS_MAX="${SOAK_SECONDS:-600}"
LOAD_EVERY="${SOAK_LOAD_EVERY:-30}"
STORE="$REPO/bench/work/soak"
OUT="$REPO/bench/work/soak-$(date -u +%Y%m%dT%H%M%SZ).txt"
TOKEN="soak-$RANDOM$RANDOM"
exec > >(tee "$OUT") 2>&1

rm -rf "$STORE"; mkdir -p "$STORE"
LOG="$STORE/server.log"
SERVER=""
trap '[ -n "$SERVER" ] && { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }' EXIT
start_server "$LOG" --rives.home="$REPO" --rives.db="$STORE/rives.duckdb" --rives.raw-dir="$STORE/raw" \
  --rives.write-token="$TOKEN"
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 600); do # the samples load after start; readiness says when they are in
  curl -fsS "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && break
  sleep 0.5
done

# The server's memory: heap in use (every heap pool, from its own metrics) and committed (resident once touched,
# bounded by -Xmx), the JVM's other pools (classes, compiled code), what DuckDB holds by its own accounting
# (bounded by rives.db-memory-limit), and the process' resident set.
memory() {
  jcmd "$SERVER" GC.run >/dev/null 2>&1 || true # heap after a full collection: what the server keeps
  local metrics heap committed nonheap store rss cache
  metrics="$(curl -fsS "$BASE/actuator/prometheus")"
  heap="$(awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s += $NF} END {printf "%.0f", s / 1048576}' <<< "$metrics")"
  committed="$(awk '/^jvm_memory_committed_bytes\{.*area="heap"/ {s += $NF} END {printf "%.0f", s / 1048576}' <<< "$metrics")"
  nonheap="$(awk '/^jvm_memory_used_bytes\{.*area="nonheap"/ {s += $NF} END {printf "%.0f", s / 1048576}' <<< "$metrics")"
  store="$(awk '/^rives_store_memory_bytes/ {printf "%.0f", $NF / 1048576}' <<< "$metrics")"
  cache="$(awk '/^rives_cache_size_bytes/ {printf "%.1f", $NF / 1048576}' <<< "$metrics")"
  rss="$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER/status")"
  echo "$1: heap used after a full GC ${heap} MB (cache ${cache} MB; ${committed} MB committed), JVM non-heap ${nonheap} MB, DuckDB ${store} MB, RSS ${rss} MB"
}

echo "server up on $BASE (pid $SERVER); soak of ${SECONDS_MAX} s at $CONNECTIONS connections, a load every ${LOAD_EVERY} s"
memory start
java -cp "$BENCH_CP" org.rives.bench.SoakDriver "$BASE" "$CONNECTIONS" "$SECONDS_MAX" "$LOAD_EVERY" "$TOKEN"
memory end
curl -fsS "$BASE/actuator/prometheus" | grep -E '^rives_cache_(requests_total|evictions_total|not_modified_total|max_bytes)' || true
echo "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)); figures saved to $OUT"
