#!/usr/bin/env bash
# Start-up benchmark: how long `java -jar rives.jar` takes to its first 200 on /api/catalogue and to
# readiness UP, on a fresh data folder (the samples load on first start) and on an existing store, for
# each way of launching the jar. Runs are interleaved (run 1 of every variant, then run 2...) so that
# variants meet the same machine load; medians at the end. See README.md.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$REPO/bench/work/startup"
RUNS="${BENCH_RUNS:-3}"
VARIANTS="${BENCH_VARIANTS:-jar extracted cds}"
SCENARIOS="${BENCH_SCENARIOS:-fresh existing}"
TIMEOUT="${BENCH_TIMEOUT:-300}"   # seconds a run may take to readiness
mkdir -p "$WORK"
OUT="$REPO/bench/work/startup-$(date -u +%Y%m%dT%H%M%SZ).txt"
exec > >(tee "$OUT") 2>&1

# 1. The jar, as `mvn package` builds it (BENCH_JAR to time another one).
JAR="${BENCH_JAR:-}"
if [ -z "$JAR" ]; then
  BUILD="${RIVES_BENCH_BUILD:-$REPO/bench/work/build}"
  echo "building rives.jar into $BUILD (tests not compiled)..."
  (cd "$REPO" && mvn -B -q -Drives.build.dir="$BUILD" -Dmaven.test.skip=true package)
  JAR="$BUILD/rives.jar"
fi

# 2. The extracted layout and its class data archive, made as README.md tells users to make them.
CDS="$WORK/cds"
prepare_cds() {
  rm -rf "$CDS" "$WORK/training"
  java -Djarmode=tools -jar "$JAR" extract --destination "$CDS" --application-filename rives.jar >/dev/null
  (cd "$REPO" && java -XX:ArchiveClassesAtExit="$CDS/rives.jsa" -Dspring.context.exit=onRefresh -jar "$CDS/rives.jar" \
    --rives.db="$WORK/training/rives.duckdb" --rives.raw-dir="$WORK/training/raw" --server.port=0 \
    --logging.level.root=WARN >"$WORK/training.log" 2>&1) || { echo "the training run failed; see $WORK/training.log"; exit 1; }
  echo "class data archive: $(du -h "$CDS/rives.jsa" | cut -f1) ($CDS/rives.jsa)"
}
case " $VARIANTS " in *" extracted "*|*" cds "*) prepare_cds ;; esac

# A variant is jar, extracted, cds, c1, or name=path/to/another.jar (say a build of main, to compare with).
# c1 is the plain jar with the JIT's first tier only: not a way to run a server (its compiled code is slower),
# but the difference to jar is what the optimising compiler costs the start on 2 cores.
launch_command() {
  case "$1" in
    jar) echo "java -jar $JAR" ;;
    c1) echo "java -XX:TieredStopAtLevel=1 -jar $JAR" ;;
    extracted) echo "java -jar $CDS/rives.jar" ;;
    cds) echo "java -XX:SharedArchiveFile=$CDS/rives.jsa -jar $CDS/rives.jar" ;;
    *=*) echo "java -jar ${1#*=}" ;;
    *) echo "unknown variant $1 (jar, extracted, cds, c1 or name=path.jar)" >&2; exit 2 ;;
  esac
}

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }
rss_mb() { awk -v key="$2:" '$1 == key { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true; }

# One start: prints "first200_s ready_s cpu_at_first200_s rss_at_ready_mb peak_rss_mb".
time_start() {
  local variant="$1" data="$2" port log pid t0 first="" ready="" cpu="" rss="" peak=""
  port="$(free_port)"
  log="$WORK/server-${variant%%=*}.log"
  t0="$(now_ms)"
  (cd "$REPO" && exec $(launch_command "$variant") --server.address=127.0.0.1 --server.port="$port" \
    --rives.db="$data/rives.duckdb" --rives.raw-dir="$data/raw" >"$log" 2>&1) &
  pid=$!
  while [ $(($(now_ms) - t0)) -lt $((TIMEOUT * 1000)) ] && kill -0 "$pid" 2>/dev/null; do
    if [ -z "$first" ] && [ "$(status_of "http://127.0.0.1:$port/api/catalogue")" = 200 ]; then
      first=$(($(now_ms) - t0)); cpu="$(cpu_s "$pid")"
    fi
    if [ -n "$first" ] && [ "$(status_of "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; then
      ready=$(($(now_ms) - t0)); rss="$(rss_mb "$pid" VmRSS)"; peak="$(rss_mb "$pid" VmHWM)"
      break
    fi
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$ready" ] || { echo "no readiness within ${TIMEOUT}s; see $log" >&2; echo "- - - - -"; return; }
  awk -v f="$first" -v r="$ready" -v c="$cpu" -v m="$rss" -v p="$peak" \
    'BEGIN { printf "%.2f %.2f %s %s %s\n", f / 1000, r / 1000, c, m, p }'
}

echo "jar: $JAR"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
RESULTS="$WORK/results.txt"
: >"$RESULTS"
EXISTING="$WORK/existing"   # made by the first start of this invocation, so it matches the jar
rm -rf "$EXISTING"
printf '%-4s %-10s %-9s %10s %9s %17s %13s %12s  %s\n' run variant store 'first 200' ready 'CPU to 1st 200' 'RSS ready' 'peak RSS' 'load avg'
for run in $(seq 1 "$RUNS"); do
  for variant in $VARIANTS; do
    for scenario in $SCENARIOS; do
      data="$WORK/data-${variant%%=*}-$scenario"
      rm -rf "$data"
      if [ "$scenario" = existing ]; then
        if [ ! -d "$EXISTING" ]; then   # an existing store: the one a first start leaves behind
          time_start jar "$EXISTING" >/dev/null
        fi
        cp -r "$EXISTING" "$data"
      fi
      read -r first ready cpu rss peak < <(time_start "$variant" "$data")
      echo "${variant%%=*} $scenario $first $ready $cpu $rss $peak" >>"$RESULTS"
      printf '%-4s %-10s %-9s %9ss %8ss %16ss %10s MB %9s MB  %s\n' "$run" "${variant%%=*}" "$scenario" "$first" "$ready" \
        "$cpu" "$rss" "$peak" "$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done

# The median of one column over the runs of $variant on $scenario.
median() {
  awk -v v="$variant" -v s="$scenario" -v c="$1" '$1 == v && $2 == s && $c != "-" { print $c }' "$RESULTS" \
    | sort -n | awk '{ a[NR] = $1 } END { print NR ? a[int((NR + 1) / 2)] : "-" }'
}

echo
echo "median of $RUNS runs (load average at end: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-10s %-9s %10s %9s %17s %13s %12s\n' variant store 'first 200' ready 'CPU to 1st 200' 'RSS ready' 'peak RSS'
for variant in $VARIANTS; do
  variant="${variant%%=*}"
  for scenario in $SCENARIOS; do
    printf '%-10s %-9s %9ss %8ss %16ss %10s MB %9s MB\n' "$variant" "$scenario" "$(median 3)" "$(median 4)" \
      "$(median 5)" "$(median 6)" "$(median 7)"
  done
done
echo "figures saved to $OUT"
