#!/usr/bin/env bash
# Reporting stage benchmark: N invoices (default 1,000,000) over E establishments (default 20) generated with SQL
# generate_series in a fresh embedded PostgreSQL (fast mode), with their insurer returns, patient payments, ledger
# rises, write-offs and dunning; the previous night reported, then tonight (KPI history and every report file: CSV,
# XLSX and PDF per establishment and consolidated), then tonight again (a rerun).
# Prints the figures (lines starting with BENCH): seconds and invoices per second of each night.
# Usage: ops/bench/reports-bench.sh [N] [E]      (from anywhere; needs Maven and Java 17+, works offline)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mvn -q -o -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
echo "cores: $(nproc), java: $(java -version 2>&1 | head -1)"
exec java ${BENCH_JAVA_OPTS:--Xmx1g} ${BENCH_EXTRA:-} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  fr.relance.reporting.bench.ReportsBench "$@"
