# Sourced by ingest.sh and serve.sh: builds the jar and the test classes (tests are not run) into
# bench/work/build, and sets BENCH_CP to the test class path. Works on a fresh clone.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${RIVES_BENCH_BUILD:-$REPO/bench/work/build}"
mkdir -p "$REPO/bench/work"
echo "building Rives into $BUILD (tests compiled, not run)..."
(cd "$REPO" && mvn -B -q -Drives.build.dir="$BUILD" -DskipTests package \
  && mvn -B -q -Drives.build.dir="$BUILD" dependency:build-classpath -Dmdep.includeScope=test \
       -Dmdep.outputFile="$BUILD/bench.classpath")
BENCH_CP="$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/bench.classpath")"
BENCH_JAR="$BUILD/rives.jar"
export REPO BUILD BENCH_CP BENCH_JAR
