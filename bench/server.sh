# Sourced by serve.sh and soak.sh: start_server LOG [SETTING...] starts the server jar on 127.0.0.1 at a
# port the kernel picks, with -Xmx512m and the throughput collector, logging to LOG, and waits until it
# listens; it sets SERVER (the pid) and PORT, or stops the script with the log's name. BENCH_SERVER_ARGS adds
# settings to every server a bench starts (say --server.tomcat.threads.max=8, to compare thread pools);
# BENCH_JVM_ARGS adds options to its JVM (say -Xlog:gc:file=bench/work/gc.log, to see the collector's pauses).
start_server() {
  local log="$1"; shift
  java -Xmx512m -XX:+UseParallelGC ${BENCH_JVM_ARGS:-} -jar "$BENCH_JAR" --server.address=127.0.0.1 --server.port=0 \
    --logging.level.root=WARN --logging.level.org.springframework.boot.tomcat=INFO \
    --logging.level.org.springframework.boot.web=INFO ${BENCH_SERVER_ARGS:-} "$@" > "$log" 2>&1 &
  SERVER=$!
  PORT=""
  for _ in $(seq 1 240); do
    PORT="$(grep -oE 'started on port [0-9]+' "$log" | grep -oE '[0-9]+$' | head -1 || true)"
    [ -n "$PORT" ] && return 0
    kill -0 "$SERVER" 2>/dev/null || { echo "the server stopped; see $log"; exit 1; }
    sleep 0.5
  done
  echo "the server did not start in 120 s; see $log"
  exit 1
}
