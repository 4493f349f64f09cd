#!/usr/bin/env bash
# Retention of the patients of closed cases (issue 18 item 8): one establishment of N invoices (default 1,000,000,
# two per patient), most of them closed and quiet; lists them, erases them, lists again, and prints the seconds of each.
# Usage: ops/bench/retention-bench.sh [invoices]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  fr.relance.retention.bench.RetentionBench "${1:-1000000}"
