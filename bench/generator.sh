#!/usr/bin/env bash
# Generator benchmark: wall time, throughput and peak memory of `stratum generate` at two sizes and
# both formats, with a 2 GB heap, against a baseline measured in the same run: writing the same
# number of bytes with dd (the disk's floor). Medians over RUNS runs (1M patients: RUNS_LARGE runs).
#
#   bench/generator.sh [SMALL=100000] [LARGE=1000000]
#   RUNS=3 RUNS_LARGE=1 FORMATS="csv fhir" WORK=/tmp/stratum-bench bench/generator.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

small=${1:-100000}
large=${2:-1000000}
runs=${RUNS:-3}
runs_large=${RUNS_LARGE:-1}
formats=${FORMATS:-"csv fhir"}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
heap=${HEAP:--Xmx2g}

./stratum --version >/dev/null # builds the jar if needed
jar=stratum-app/target/stratum.jar
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, java $(java -version 2>&1 | head -1)"
echo "heap: $heap; work dir: $work"
printf '%-8s %10s %6s %10s %12s %12s %10s %10s %12s %8s\n' format patients runs wall_s patients/s records/s output_GB rss_MB dd_floor_s ratio
for format in $formats; do
  for patients in $small $large; do
    n=$runs; [ "$patients" = "$large" ] && n=$runs_large
    walls=(); rss=(); out="$work/$format-$patients"
    for _ in $(seq 1 "$n"); do
      rm -rf "$out"
      /usr/bin/time -f "%e %M" -o "$work/time.txt" java $heap -jar "$jar" generate --patients "$patients" --seed 42 \
        --format "$format" --out "$out" > "$work/generate.txt"
      read -r wall maxrss < "$work/time.txt"
      walls+=("$wall"); rss+=("$maxrss")
    done
    records=$(grep -o 'and [0-9,]* records' "$work/generate.txt" | tr -dc 0-9)
    bytes=$(du -sb "$out" | cut -f1)
    wall=$(printf '%s\n' "${walls[@]}" | median)
    peak=$(printf '%s\n' "${rss[@]}" | median)
    # Baseline: the disk writing the same bytes, without the generator's work.
    dd_start=$(date +%s.%N)
    dd if=/dev/zero of="$work/dd.bin" bs=1M count=$((bytes / 1048576 + 1)) status=none
    dd_end=$(date +%s.%N)
    rm -f "$work/dd.bin"
    floor=$(echo "$dd_end - $dd_start" | bc -l)
    printf '%-8s %10d %6d %10.1f %12.0f %12.0f %10.2f %10.0f %12.1f %8.1f\n' "$format" "$patients" "$n" "$wall" \
      "$(echo "$patients / $wall" | bc -l)" "$(echo "$records / $wall" | bc -l)" "$(echo "$bytes / 1000000000" | bc -l)" \
      "$(echo "$peak / 1024" | bc -l)" "$floor" "$(echo "$wall / $floor" | bc -l)"
    grep -o 'peak heap [0-9,]* MB' "$work/generate.txt" | sed "s/^/    $format $patients: /"
    rm -rf "$out"
  done
done
