#!/usr/bin/env bash
# Ledger import benchmark (issue 4): generates N ledger lines (default 1,000,000), times a plain PostgreSQL COPY of
# the file into an unlogged table, then the ledger import (parse, validate, stage, merge; and with the intake's hash
# and archive) of
#   (a) a first load into an empty establishment, and
#   (b) the next night's full snapshot of the same establishment, about 2 % of its lines changed (payments posted,
#       new addresses, invoices gone and new ones), as every night in production,
# in the same run on the same embedded database, and prints seconds, rows/s, the ratio to the COPY and the heap peak
# of each. The first load's fair anchor is printed too: the rows it wrote (patients, invoices, parts), dumped with
# COPY TO and loaded by COPY, in one transaction, into empty copies of their tables with the same indexes,
# constraints and foreign keys; target 1.5x. Between the two, untimed, VACUUM ANALYZE and CHECKPOINT stand for the day that passes (autovacuum and a
# checkpoint would otherwise run during the nightly import). Heap capped at 512 MB to show it streams. The temporary
# directory is removed at the end.
#
# Server settings it relies on (EmbeddedPostgresServer sets them for the embedded database; recommended for an
# external one that takes million-line ledgers): shared_buffers = 512MB, wal_buffers = 64MB, max_wal_size = 4GB,
# checkpoint_timeout = 15min, temp_buffers = 256MB. The import raises work_mem to 256MB for its own transaction.
# Usage: ops/bench/ledger-import.sh [lines]     (BENCH_EXTRA adds JVM options, e.g. a log level)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
uptime
exec java -Xmx512m ${BENCH_EXTRA:-} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  fr.relance.bench.LedgerImportBench "${1:-1000000}"
