#!/usr/bin/env bash
# NOEMIE import benchmark: writes a NOEMIE file of N invoice returns (default 1,000,000), imports it into an
# embedded PostgreSQL (temporary engine home, fsync off) and prints rows/s next to a plain COPY of the same rows.
# Usage: ops/bench/noemie-import.sh [invoices]      (needs ~400 MB of temporary disk for 1,000,000 returns)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mvn -q -B -o test-compile || mvn -q -B test-compile
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null \
  || mvn -q -B dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  fr.relance.ingest.noemie.bench.NoemieImportBench "${1:-1000000}"
