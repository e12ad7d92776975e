#!/usr/bin/env bash
# Serving benchmark: GET /api/compare on a store holding the 5,000,000-row long file, driven by wrk (or a
# small Java driver when wrk is missing) on 127.0.0.1 at 32 connections, beside the same cells fetched by a
# plain JDBC query on the same DuckDB file. The server runs twice: with the cache of computed tables
# (cached), then with it off (cold, rives.cache.enabled=false: every request computed from the store).
# Prints the three side by side with their ratios to JDBC. Starts and stops its own servers. See README.md.
set -euo pipefail
source "$(dirname "$0")/build.sh"
source "$(dirname "$0")/server.sh"
cd "$REPO"

THREADS="${BENCH_THREADS:-32}"      # concurrent connections / JDBC threads
REQUESTS="${BENCH_REQUESTS:-200000}" # at most this many requests per run ...
SECONDS_MAX="${BENCH_SECONDS:-20}"  # ... and at most this long
WARMUP="${BENCH_WARMUP:-15}"        # seconds of load at the same concurrency before each measured run, discarded
FROM=2023-01
TO=2024-12
STORE="$REPO/bench/work/serve"
OUT="$REPO/bench/work/serve-$(date -u +%Y%m%dT%H%M%SZ).txt"
RESULTS="$(mktemp)"
exec > >(tee "$OUT") 2>&1

# 1. Build the store once (or reuse it), then time the plain JDBC query: before the server starts,
#    since DuckDB lets one process open the file.
java -Xmx512m -XX:+UseParallelGC -Dbench.rows="${BENCH_ROWS:-5000000}" -cp "$BENCH_CP" org.rives.bench.ServePrep \
  "$REPO" "$FROM" "$TO" "$THREADS" "$REQUESTS" "$SECONDS_MAX" "$WARMUP" | tee -a "$RESULTS"

if ! command -v wrk >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 || true # Debian: apt-get install wrk
fi

# 2. One server run: start on 127.0.0.1 (a port the kernel picks), warm up, drive, stop.
#    $1 the run's name, then extra server settings.
SERVER=""
trap '[ -n "$SERVER" ] && { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }' EXIT
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; } # user + system time of the server, in ticks
run() {
  local name="$1"; shift
  local log="$REPO/bench/work/serve-server-$name.log"
  start_server "$log" --rives.db="$STORE/rives.duckdb" --rives.raw-dir="$STORE/raw" \
    --rives.connectors-dir="$REPO/bench/connectors" --rives.load-samples-on-start=false "$@"
  local port="$PORT"
  local url="http://127.0.0.1:$port/api/compare?indicator=ASYL_APP&areas=5P5&partner=_T&freq=M&from=$FROM&to=$TO"
  echo "$name: server up on port $port; $url"
  curl -fsS --retry 30 "$url" -o "$REPO/bench/work/compare.json" # retried while it answers 503, not yet ready
  echo "$name: the response is $(wc -c < "$REPO/bench/work/compare.json") bytes, $(grep -o '"value"' \
    "$REPO/bench/work/compare.json" | wc -l) values"
  echo "$name: warming up for $WARMUP s at $THREADS connections (not counted)"
  local cpu requests
  if command -v wrk >/dev/null 2>&1; then
    [ "$WARMUP" = 0 ] || wrk -t 2 -c "$THREADS" -d "${WARMUP}s" --timeout 60s "$url" > "$REPO/bench/work/wrk-$name-warmup.txt"
    cpu="$(cpu_ticks)"
    wrk -t 2 -c "$THREADS" -d "${SECONDS_MAX}s" --timeout 60s --latency "$url" > "$REPO/bench/work/wrk-$name.txt"
    cpu=$(( $(cpu_ticks) - cpu ))
    grep -E 'Requests/sec|Latency  |50%|99%|requests in|Non-2xx|errors' "$REPO/bench/work/wrk-$name.txt"
    awk -v n="$name" '/Requests\/sec/ {rps=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2}
      END {printf "%s %s %s %s\n", n, rps, p50, p99}' "$REPO/bench/work/wrk-$name.txt" >> "$RESULTS"
    requests="$(awk '/requests in/ {print $1}' "$REPO/bench/work/wrk-$name.txt")"
  else
    cpu="$(cpu_ticks)"
    java -cp "$BENCH_CP" org.rives.bench.HttpDriver "$url" "$THREADS" "$REQUESTS" "$SECONDS_MAX" "$WARMUP" \
      | sed "s/^/$name /" | tee -a "$RESULTS"
    cpu=$(( $(cpu_ticks) - cpu ))
    requests="$(grep "^$name web" "$RESULTS" | grep -oE '^[a-z]+ web [^:]*: [0-9,]+' | grep -oE '[0-9,]+$' | tr -d ,)"
  fi
  # The server's CPU time (every thread: requests, DuckDB, JIT, GC) over the measured run, per request.
  awk -v n="$name" -v t="$cpu" -v r="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN {if (r > 0) printf "cpu %s %.2f\n", n, t * 1000 / hz / r}' | tee -a "$RESULTS"
  curl -fsS "http://127.0.0.1:$port/actuator/prometheus" | grep -E '^rives_cache_(requests_total|entries|size_bytes)' || true
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
}

run cached
run cold --rives.cache.enabled=false

# 3. Side by side: requests/s, p50, p99, and each run's rate as a multiple of JDBC's.
echo
echo "at $THREADS connections, $SECONDS_MAX s each after $WARMUP s of warm-up ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)):"
java -cp "$BENCH_CP" org.rives.bench.ServeSummary < "$RESULTS"
rm -f "$RESULTS"
echo "figures saved to $OUT"
