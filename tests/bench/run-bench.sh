#!/usr/bin/env bash
# run-bench.sh CLI BENCH_SEARCH OUTDIR STUDENTS: seed a fresh demo roster (timed), then run the
# benchmarks on it. Appends one JSON line per figure to OUTDIR/results.jsonl.
set -euo pipefail
cli=$1 bench_search=$2 out=$3 students=$4
mkdir -p "$out"
db="$out/bench-$students.db"
results="$out/results.jsonl"
rm -f "$db" "$db-wal" "$db-shm"
host=$(printf '{"host":"%s","cores":%s,"date":"%s"}' "$(hostname)" "$(nproc)" "$(date -u +%FT%TZ)")
echo "$host" >> "$results"
start=$(date +%s.%N)
seed=$("$cli" --db "$db" --json seed-demo --students "$students" --seed 1)
end=$(date +%s.%N)
wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
line=$(printf '{"bench":"seed-demo","students":%s,"wall_s":%s,"target_s":60,"result":%s}' "$students" "$wall" "$seed")
echo "$line" | tee -a "$results"
"$bench_search" --db "$db" --queries 5000 --out "$results"
"$(dirname "$bench_search")/bench_letters" --letters 1000 --out "$results"
"$(dirname "$bench_search")/bench_idscan" --out "$results"
"$(dirname "$bench_search")/bench_sync" \
    --students "$students" --events 10000 --out "$results"
"$(dirname "$bench_search")/bench_export" --rows "${GD_BENCH_EXPORT_ROWS:-1000000}" --out "$results"
echo "figures appended to $results"
