#!/usr/bin/env bash
# Serving benchmark: GET /api/compare on a store holding the 5,000,000-row long file, driven by wrk (or
# a small Java driver when wrk is missing) on 127.0.0.1, beside the same cells fetched by a plain JDBC
# query on the same DuckDB file. Starts and stops its own server on a random free port. See README.md.
set -euo pipefail
source "$(dirname "$0")/build.sh"
cd "$REPO"

THREADS="${BENCH_THREADS:-4}"       # concurrent connections / JDBC threads
REQUESTS="${BENCH_REQUESTS:-20000}" # at most this many requests per run ...
SECONDS_MAX="${BENCH_SECONDS:-20}"  # ... and at most this long
FROM=2023-01
TO=2024-12
STORE="$REPO/bench/work/serve"
OUT="$REPO/bench/work/serve-$(date -u +%Y%m%dT%H%M%SZ).txt"
exec > >(tee "$OUT") 2>&1

# 1. Build the store once (or reuse it), then time the plain JDBC query: before the server starts,
#    since DuckDB lets one process open the file.
java -Xmx512m -XX:+UseParallelGC -Dbench.rows="${BENCH_ROWS:-5000000}" -cp "$BENCH_CP" org.rives.bench.ServePrep \
  "$REPO" "$FROM" "$TO" "$THREADS" "$REQUESTS" "$SECONDS_MAX"

# 2. The server on 127.0.0.1, on a port the kernel picks.
LOG="$REPO/bench/work/serve-server.log"
java -Xmx512m -XX:+UseParallelGC -jar "$BENCH_JAR" --server.address=127.0.0.1 --server.port=0 \
  --rives.db="$STORE/rives.duckdb" --rives.raw-dir="$STORE/raw" --rives.connectors-dir="$REPO/bench/connectors" \
  --rives.load-samples-on-start=false --logging.level.root=WARN --logging.level.org.springframework.boot.tomcat=INFO \
  --logging.level.org.springframework.boot.web=INFO > "$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
PORT=""
for _ in $(seq 1 120); do
  PORT="$(grep -oE 'started on port [0-9]+' "$LOG" | grep -oE '[0-9]+$' | head -1 || true)"
  [ -n "$PORT" ] && break
  kill -0 "$SERVER" 2>/dev/null || { echo "the server stopped; see $LOG"; exit 1; }
  sleep 0.5
done
[ -n "$PORT" ] || { echo "the server did not start in 60 s; see $LOG"; exit 1; }
URL="http://127.0.0.1:$PORT/api/compare?indicator=ASYL_APP&areas=5P5&partner=_T&freq=M&from=$FROM&to=$TO"
echo "server up on port $PORT; $URL"
curl -fsS "$URL" -o "$REPO/bench/work/compare.json"
echo "the response: $(wc -c < "$REPO/bench/work/compare.json") bytes, $(grep -o '"value"' "$REPO/bench/work/compare.json" | wc -l) values"

# 3. Drive it: wrk if installed (Debian: apt-get install -y wrk), else the Java driver, same bounds.
if ! command -v wrk >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 || true
fi
java -cp "$BENCH_CP" org.rives.bench.HttpDriver "$URL" 1 50 10 >/dev/null # warm-up
if command -v wrk >/dev/null 2>&1; then
  echo "web  (wrk, $THREADS connections, ${SECONDS_MAX}s):"
  wrk -t 2 -c "$THREADS" -d "${SECONDS_MAX}s" --latency "$URL" | grep -E 'Requests/sec|Latency|50%|99%|requests in|Non-2xx|errors'
else
  java -cp "$BENCH_CP" org.rives.bench.HttpDriver "$URL" "$THREADS" "$REQUESTS" "$SECONDS_MAX"
fi
echo "figures saved to $OUT"
