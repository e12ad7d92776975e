#!/usr/bin/env bash
# SDMX streaming check: a whole dataflow (every observation of the serving store built from the long file)
# fetched from /sdmx/v2.1 in each data format, from a server given a small heap (-Xmx96m), which only
# works if the answer is written while it is read. Prints status, size and time per format, and the
# server's peak resident memory (DuckDB's native memory included). See README.md.
set -euo pipefail
source "$(dirname "$0")/build.sh"
cd "$REPO"
STORE="$REPO/bench/work/serve"
OUT="$REPO/bench/work/sdmx-stream-$(date -u +%Y%m%dT%H%M%SZ).txt"
exec > >(tee "$OUT") 2>&1

# The store serve.sh uses (built once, or reused); one cheap query keeps ServePrep's run short.
java -Xmx512m -XX:+UseParallelGC -Dbench.rows="${BENCH_ROWS:-5000000}" -cp "$BENCH_CP" org.rives.bench.ServePrep \
  "$REPO" 2023-01 2024-12 1 5 2

LOG="$REPO/bench/work/sdmx-stream-server.log"
java -Xmx96m -XX:+UseParallelGC -jar "$BENCH_JAR" --server.address=127.0.0.1 --server.port=0 \
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

for ACCEPT in "application/vnd.sdmx.genericdata+xml;version=2.1" \
              "application/vnd.sdmx.structurespecificdata+xml;version=2.1" \
              "application/vnd.sdmx.data+json;version=1.0.0" "application/vnd.sdmx.data+csv;version=1.0.0"; do
  curl -sS -o /dev/null -H "Accept: $ACCEPT" -w "$ACCEPT: HTTP %{http_code}, %{size_download} bytes, %{time_total} s\n" \
    "http://127.0.0.1:$PORT/sdmx/v2.1/data/DF_MIGRATION/all"
done
echo "server peak resident memory: $(grep VmHWM /proc/$SERVER/status | awk '{print $2, $3}') (heap capped at 96 MB)"
echo "figures saved to $OUT"
