#!/usr/bin/env bash
# Dunning stage benchmark: one establishment with N open cases (default 1,000,000) generated with SQL
# generate_series in a fresh embedded PostgreSQL (fast mode; BENCH_EXTRA=-Dbench.durable=true for the durable settings
# of real nights), decided on two consecutive nights.
# Prints the figures (lines starting with BENCH) and the stage's own phase log line.
# Usage: ops/bench/dunning-bench.sh [N]      (from anywhere; needs Maven and Java 17+, works offline)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mvn -q -o -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
echo "cores: $(nproc), java: $(java -version 2>&1 | head -1)"
exec java ${BENCH_JAVA_OPTS:--Xmx1g} ${BENCH_EXTRA:-} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  fr.relance.dunning.stage.bench.DunningStageBench "$@"
