#!/usr/bin/env bash
# Reconciliation benchmark (issue 6): N payer return lines (default 1,000,000) against N invoices on one
# establishment, set-based; prints the time and lines/s. Target: 1,000,000 lines within 60 s on 2 cores.
# Usage: ops/bench/reconcile-bench.sh [lines]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  fr.relance.reconcile.bench.ReconcileBench "${1:-1000000}"
