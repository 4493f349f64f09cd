#!/usr/bin/env bash
# Reconciliation accuracy benchmark: generates a world of N invoices (default 200,000) over E establishments
# (default 2) with tonight's NOEMIE return, B2 file and bank statement, runs intake, ingest and reconciliation on
# the embedded database, prints the time of the reconcile stage, the precision and recall of the parts tonight's
# files change (compared with the generator's truth.csv) and the first disagreements.
# Usage: ops/bench/reconcile-accuracy.sh [invoices] [establishments]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  fr.relance.reconcile.ReconcileAccuracyBench "${1:-200000}" "${2:-2}"
