#!/usr/bin/env bash
# Gap-finder benchmark: `stratum gaps` over every computed measure of a synthetic population (default
# 1,000,000 patients), with a 4 GB heap. Prints the scan time the command reports (REAL strata, the
# grouping-sets counts of every measure, Benjamini-Hochberg and the decompositions; JVM start-up and
# opening the warehouse excluded), the command's wall time and peak RSS, and the ratio to a baseline
# measured in the same run: DuckDB grouping every measure's results for the period by site, a plain
# GROUP BY over measure_result (the least any stratified report of these results costs). Medians over
# RUNS runs. Builds the warehouse (generate, import, compute all measures) on first use of WORK.
#
#   bench/gaps.sh [PATIENTS=1000000]
#   RUNS=5 WORK=/tmp/stratum-bench-gaps bench/gaps.sh 100000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

patients=${1:-1000000}
runs=${RUNS:-3}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
heap=${HEAP:--Xmx4g}
period=${PERIOD:-2025}

./stratum --version >/dev/null # builds the jar if needed
jar=stratum-app/target/stratum.jar
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
stratum() { java $heap -jar "$jar" --data "$work/data" "$@"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, java $(java -version 2>&1 | head -1)"
echo "heap: $heap; work dir: $work; $patients patients; period $period"
if [ ! -f "$work/data/warehouse.duckdb" ]; then
  rm -rf "$work/extract" "$work/data"
  java $heap -jar "$jar" generate --patients "$patients" --seed 42 --format csv --out "$work/extract" > /dev/null
  stratum import --format csv "$work/extract" > /dev/null
  stratum measures run --period "$period" > "$work/measures.txt"
  rm -rf "$work/extract"
fi

# Baseline: every measure's results for the period grouped by site, in the same warehouse.
cat > "$work/GroupBy.java" <<'JAVA'
import java.sql.*;
public class GroupBy {
  public static void main(String[] a) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + a[0]); Statement s = c.createStatement()) {
      long start = System.nanoTime();
      try (ResultSet r = s.executeQuery("SELECT measure_id, group_id, site_id, count(*) FILTER (WHERE denominator"
          + " AND NOT denominator_exclusion AND NOT denominator_exception), count(*) FILTER (WHERE numerator)"
          + " FROM measure_result WHERE year(period_end) = " + a[1] + " GROUP BY ALL")) {
        while (r.next()) { }
      }
      System.out.printf("%.3f%n", (System.nanoTime() - start) / 1e9);
    }
  }
}
JAVA
duckdb_jar=$(unzip -l "$jar" | grep -o 'BOOT-INF/lib/duckdb_jdbc[^ ]*\.jar' | head -1)
(cd "$work" && unzip -o -q "$OLDPWD/$jar" "$duckdb_jar")
baselines=()
for _ in $(seq 1 "$runs"); do
  baselines+=("$(java -cp "$work/$duckdb_jar" "$work/GroupBy.java" "$work/data/warehouse.duckdb" "${period:0:4}")")
done
baseline=$(printf '%s\n' "${baselines[@]}" | median)

scans=() walls=() rss=()
for _ in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time.txt" java $heap -jar "$jar" --data "$work/data" gaps --period "$period" \
    --limit 5 > "$work/gaps.txt"
  read -r wall maxrss < "$work/time.txt"
  scans+=("$(grep -o 'scanned in [0-9.]* s' "$work/gaps.txt" | tr -dc '0-9.')")
  walls+=("$wall"); rss+=("$maxrss")
done
scan=$(printf '%s\n' "${scans[@]}" | median)
wall=$(printf '%s\n' "${walls[@]}" | median)
peak=$(printf '%s\n' "${rss[@]}" | median)

head -2 "$work/gaps.txt"
printf '%-10s %5s %8s %8s %8s %12s %10s\n' patients runs scan_s wall_s rss_MB groupby_ms x_groupby
printf '%-10s %5d %8.1f %8.1f %8.0f %12.0f %10.0f\n' "$patients" "$runs" "$scan" "$wall" "$(echo "$peak / 1024" | bc -l)" \
  "$(echo "$baseline * 1000" | bc -l)" "$(echo "$scan / $baseline" | bc -l)"
