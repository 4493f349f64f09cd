#!/usr/bin/env bash
# Whole nights of a generated world run with 1, then 2, establishments at a time (relance.night.parallelism), each on
# a fresh home with the embedded database, through the launcher as ops run it; prints the wall time of each, its
# speed-up over one at a time, and the per-establishment seconds of the run summary.
# Usage: ops/bench/parallel-night.sh [invoices per establishment] [establishments] [pools]
#   defaults: 50000 invoices, 20 establishments, pools "1 2"
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
INVOICES="${1:-50000}"
ESTABLISHMENTS="${2:-20}"
POOLS="${3:-1 2}"
NIGHT=2026-11-20
WORK="$(mktemp -d "${TMPDIR:-/tmp}/relance-parallel-night.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export RELANCE_JAVA_OPTS="${RELANCE_JAVA_OPTS:--Xmx2g}"

echo "generating $ESTABLISHMENTS establishments of $INVOICES invoices, with tonight's returns and payments..." >&2
"$ROOT/ops/relance" samples generate --out "$WORK/world" --establishments "$ESTABLISHMENTS" --invoices "$INVOICES" \
  --returns true --date "$NIGHT" >/dev/null

declare -A SECONDS_OF
for pool in $POOLS; do
  run="$WORK/pool-$pool"
  mkdir -p "$run"
  cp -r "$WORK/world/drop" "$run/drop"
  start=$(date +%s%N)
  status=0
  "$ROOT/ops/relance" nightly --date "$NIGHT" --home "$run/home" --drop "$run/drop" \
    --establishments "$WORK/world/establishments" --relance.night.parallelism="$pool" \
    --relance.db.pool-size=$((pool * 4 + 2)) --relance.intake.settle-delay=0s >"$run/console.txt" 2>&1 \
    || status=$?
  end=$(date +%s%N)
  SECONDS_OF[$pool]=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
    echo "pool $pool: the night failed (exit $status):" >&2
    tail -20 "$run/console.txt" >&2
    exit 1
  fi
done

cores=$(nproc)
total=$((INVOICES * ESTABLISHMENTS))
printf '\n%s invoices in %s establishments, %s cores, load average %s\n' "$total" "$ESTABLISHMENTS" "$cores" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %10s %10s\n' "establishments at once" "seconds" "speed-up"
first=""
for pool in $POOLS; do
  s=${SECONDS_OF[$pool]}
  [ -z "$first" ] && first=$s
  printf '%-22s %10.1f %10.2f\n' "$pool" "$s" "$(awk -v a="$first" -v b="$s" 'BEGIN { print a / b }')"
done
last=$(echo "$POOLS" | awk '{print $NF}')
echo
echo "per establishment, pool $last (seconds in its stages, from the night's summary):"
sed -n '/^Establishments:/,/^[A-Z]/p' "$WORK/pool-$last/console.txt" | grep -E '^  [^ ]'
echo
echo "the night's stages, pool $last (read, written, rejected, seconds summed over the establishments):"
sed -n '/^stage /,/^Establishments:/p' "$WORK/pool-$last/console.txt" | sed '$d' | cut -c1-70
