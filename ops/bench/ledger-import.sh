#!/usr/bin/env bash
# Ledger import benchmark (issue 4): generates N ledger lines (default 1,000,000), times a plain PostgreSQL COPY of
# the file into an unlogged table and the full ledger import (intake, parse, validate, stage, merge) in the same
# run on the same embedded database, and prints rows/s for both. Heap capped at 512 MB to show it streams.
# Usage: ops/bench/ledger-import.sh [lines]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
exec java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  fr.relance.bench.LedgerImportBench "${1:-1000000}"
