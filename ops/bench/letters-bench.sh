#!/usr/bin/env bash
# Letters benchmark: N letters (default 100,000) rendered into merged print files of 1,000 letters (templates, QR
# codes, PDF/A identification), one file per task on as many threads as cores, next to a bare PDFBox loop that
# writes one page of similar text per letter into files of the same size, in the same run. No database.
# Prints the figures (lines starting with BENCH).
# Usage: ops/bench/letters-bench.sh [N]      (from anywhere; needs Maven and Java 17+, works offline)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mvn -q -o -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
echo "cores: $(nproc), java: $(java -version 2>&1 | head -1)"
exec java ${BENCH_JAVA_OPTS:--Xmx1g} ${BENCH_EXTRA:-} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  fr.relance.output.bench.LettersBench "$@"
