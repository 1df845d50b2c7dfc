#!/bin/bash
# Times three `longarm import`s of product CSV files into a new data folder (docs/benchmarks.md, "Product lines that
# a stored line outranks"): the uk-estate example's ownership with ROWS product lines valid from 2020-01-01, then
# ROWS new periods from 2023-01-01 (the outranking check runs and finds nothing), then ROWS rows corrected to
# 2019-01-01 (each one outranked: ROWS warnings). Each time includes the command's JVM start.
# usage: releng/scripts/bench-product-lines.sh [REPO [ROWS]]   (REPO: a built checkout, default this one)
set -euo pipefail
repo=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
rows=${2:-50000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
header="brand,model,brand_owner,manufacturer,relation,valid_from,valid_to,source"
lines() { # RELATION VALID_FROM
    awk -v n="$rows" -v rel="$1" -v from="$2" -v h="$header" \
        'BEGIN { print h; for (i = 0; i < n; i++) printf "B%d,M%d,hikvision,hikvision,%s,%s,,\n", i / 100, i % 100, rel, from }'
}
lines own 2020-01-01 > "$work/stored.csv"
lines OEM 2023-01-01 > "$work/new-periods.csv"
lines OEM 2019-01-01 > "$work/corrected.csv"
export LONGARM_DATA_DIR="$work/data"
cd "$repo"
./longarm server start > /dev/null
trap './longarm server stop > /dev/null; rm -rf "$work"' EXIT
for files in "examples/uk-estate/ownership.json $work/stored.csv" "$work/new-periods.csv" "$work/corrected.csv"; do
    start=$(date +%s%N)
    # shellcheck disable=SC2086 # two files in the first round
    ./longarm import $files > "$work/out.txt" 2> "$work/err.txt"
    end=$(date +%s%N)
    printf '%s: %.1f s, %s warning lines on stderr\n' "$(basename "${files##* }")" \
        "$(echo "($end - $start) / 1000000000" | bc -l)" "$(grep -c '^warning:' "$work/err.txt" || true)"
    grep 'to check' "$work/out.txt" || true
done
