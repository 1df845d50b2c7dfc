#!/bin/bash
# Times `longarm import --dry-run` of a product CSV whose rows name distinct stored entities (docs/benchmarks.md,
# "Product rows naming many stored entities"): ENTITIES organisations are imported into a new data folder, then a
# product CSV of ROWS rows, each naming one of them as brand owner by record id and another as manufacturer by its
# SCHEME:ID identifier, is checked against them twice (the second run meets a warm server). Each time includes the
# command's JVM start.
# usage: releng/scripts/bench-product-references.sh [REPO [ENTITIES [ROWS]]]   (REPO: a built checkout, default this one)
set -euo pipefail
repo=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
entities=${2:-100000}
rows=${3:-30000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v n="$entities" 'BEGIN { for (i = 0; i < n; i++) printf "{\"statementId\":\"bench-product-references-%08d\",\"declarationSubject\":\"e%d\",\"statementDate\":\"2020-01-01\",\"recordId\":\"e%d\",\"recordType\":\"entity\",\"recordStatus\":\"new\",\"recordDetails\":{\"isComponent\":false,\"entityType\":{\"type\":\"registeredEntity\"},\"name\":\"Company %d\",\"jurisdiction\":{\"name\":\"United Kingdom\",\"code\":\"GB\"},\"identifiers\":[{\"scheme\":\"GB-COH\",\"id\":\"%08d\"}]},\"publicationDetails\":{\"publicationDate\":\"2026-12-05\",\"bodsVersion\":\"0.4\",\"publisher\":{\"name\":\"bench\"}}}\n", i, i, i, i, i }' \
    > "$work/entities.jsonl"
awk -v n="$rows" -v m="$entities" 'BEGIN { print "brand,model,brand_owner,manufacturer,relation"
    for (i = 0; i < n; i++) printf "B%d,*,e%d,GB-COH:%08d,OEM\n", i, (i * 7) % m, (i * 13 + 1) % m }' > "$work/products.csv"
export LONGARM_DATA_DIR="$work/data"
cd "$repo"
./longarm server start > /dev/null
trap './longarm server stop > /dev/null; rm -rf "$work"' EXIT
./longarm import "$work/entities.jsonl" > /dev/null 2> "$work/import.txt" || { cat "$work/import.txt"; exit 1; }
for run in 1 2; do
    start=$(date +%s%N)
    ./longarm import --dry-run "$work/products.csv" > "$work/out.txt" 2> "$work/err.txt"
    end=$(date +%s%N)
    printf 'dry run %d of %d rows: %.1f s, %s problem lines\n' "$run" "$rows" \
        "$(echo "($end - $start) / 1000000000" | bc -l)" "$(grep -c '^/' "$work/err.txt" || true)"
done
