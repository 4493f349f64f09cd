#!/usr/bin/env bash
# Patient payment matching (issue 21): P payments (default 150,000) against N invoices (default 1,000,000) on one
# establishment, reconciled as a first night and again the next night (payments left in suspense are retried);
# prints the seconds and payments/s of each. Target: 150,000 payments against 1,000,000 invoices within 15 s on 2 cores.
# Usage: ops/bench/payment-match.sh [invoices] [payments]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  fr.relance.reconcile.bench.PaymentMatchBench "${1:-1000000}" "${2:-150000}"
