#!/usr/bin/env bash
# Median wall time of `pvetune audit` on the built-in example against the bare start-up
# (`pvetune --version`), measured side by side in one run through the launcher.
# Usage: bench/startup.sh [runs]   (default 21)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}

./pvetune --version >/dev/null   # builds the jar and the class-data archive if needed

median_ms() {
  local -a times=()
  local start end i
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# Interleave the two so machine load affects both alike.
version_total=()
audit_total=()
for round in 1 2 3; do
  version_total+=("$(median_ms ./pvetune --version)")
  audit_total+=("$(median_ms ./pvetune audit)")
done
v=$(printf '%s\n' "${version_total[@]}" | sort -n | sed -n 2p)
a=$(printf '%s\n' "${audit_total[@]}" | sort -n | sed -n 2p)
echo "runs per round: $runs, rounds: 3 (median of round medians)"
echo "pvetune --version: ${v} ms"
echo "pvetune audit:     ${a} ms"
awk -v a="$a" -v v="$v" 'BEGIN { printf "ratio audit/start-up: %.2f (target <= 1.5)\n", a / v }'
