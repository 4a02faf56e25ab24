#!/bin/sh
# Runs the JMH benchmarks in src/test/java/dev/pvetune/bench with settings sized for a small,
# shared 2-core machine. Extra arguments go to JMH, e.g. a benchmark regex or -prof gc:
#   bench/run-jmh.sh                     # everything
#   bench/run-jmh.sh CompareBenchmark    # one class
set -eu

cd "$(dirname "$0")/.."
out=target/jmh
mkdir -p "$out"

# Test classes (the JMH annotation processor generates the harness during test-compile).
./mvnw -q -o test-compile 2>/dev/null || ./mvnw -q test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" \
  2>/dev/null || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"

cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"

[ $# -gt 0 ] || set -- dev.pvetune.bench

# 1 fork, 3 warm-up and 5 measured 1-second iterations, 1 thread: about 10 s per benchmark.
exec java -cp "$cp" org.openjdk.jmh.Main \
  -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1 \
  -rf json -rff "$out/results.json" \
  "$@"
