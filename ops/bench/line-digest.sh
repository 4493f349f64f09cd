#!/usr/bin/env bash
# Line digest benchmark: our 64-bit LineDigest against MurmurHash3 x64 128 (Apache Commons Codec) over the same
# fields of N ledger lines (default 1,000,000), in the same run; then collisions and avalanche of ours.
# Usage: ops/bench/line-digest.sh [lines]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mvn -q -B -o test-compile || mvn -q -B test-compile
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null \
  || mvn -q -B dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  fr.relance.ingest.ledger.internal.LineDigestBench "${1:-1000000}"
