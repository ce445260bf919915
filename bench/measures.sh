#!/usr/bin/env bash
# Measure-engine benchmark: all built-in measures over a synthetic population, for one period and
# for 24 monthly trend points, with a 4 GB heap. Prints wall time, patient-measure evaluations per
# second (per core, against the reference CQL evaluator's ~420 per second on one thread), peak RSS,
# and the ratio to a baseline measured in the same run: DuckDB scanning every clinical table once
# (the floor any measure run over this warehouse must pay). Medians over RUNS runs.
#
#   bench/measures.sh [PATIENTS=1000000]
#   RUNS=3 TREND_RUNS=1 WORK=/tmp/stratum-bench-measures bench/measures.sh 100000   (TREND_RUNS=0 skips the trend case)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

patients=${1:-1000000}
runs=${RUNS:-3}
trend_runs=${TREND_RUNS:-1}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
heap=${HEAP:--Xmx4g}
cores=$(nproc)
cql_reference=420 # patient-measures per second, cqframework clinical-reasoning 3.23.0, in memory, warm, one thread

./stratum --version >/dev/null # builds the jar if needed
jar=stratum-app/target/stratum.jar
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
stratum() { java $heap -jar "$jar" --data "$work/data" "$@"; }

echo "machine: $cores cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, java $(java -version 2>&1 | head -1)"
echo "heap: $heap; work dir: $work; $patients patients"
if [ ! -f "$work/data/warehouse.duckdb" ]; then
  rm -rf "$work/extract" "$work/data"
  start=$(date +%s.%N)
  java $heap -jar "$jar" generate --patients "$patients" --seed 42 --format csv --out "$work/extract" > /dev/null
  mid=$(date +%s.%N)
  stratum import --format csv "$work/extract" > "$work/import.txt"
  end=$(date +%s.%N)
  printf 'setup: generate %.0f s, import %.0f s (%s rows)\n' "$(echo "$mid - $start" | bc -l)" \
    "$(echo "$end - $mid" | bc -l)" "$(grep -o 'Imported [0-9,]* rows' "$work/import.txt" | tr -dc 0-9)"
fi

# Baseline: one scan of every clinical table by DuckDB, in the same warehouse.
cat > "$work/Scan.java" <<'JAVA'
import java.sql.*;
public class Scan {
  public static void main(String[] a) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + a[0]);
         Statement s = c.createStatement()) {
      long start = System.nanoTime();
      for (String t : new String[] {"patient", "encounter", "condition", "observation", "procedure", "immunization",
              "medication", "care_request", "coverage", "attribution", "survey_response"}) {
        try (ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT patient_id) FROM " + t)) { r.next(); }
      }
      System.out.printf("%.3f%n", (System.nanoTime() - start) / 1e9);
    }
  }
}
JAVA
duckdb_jar=$(unzip -l "$jar" | grep -o 'BOOT-INF/lib/duckdb_jdbc[^ ]*\.jar' | head -1)
(cd "$work" && unzip -o -q "$OLDPWD/$jar" "$duckdb_jar")
scans=()
for _ in $(seq 1 "$runs"); do scans+=("$(java -cp "$work/$duckdb_jar" "$work/Scan.java" "$work/data/warehouse.duckdb")"); done
floor=$(printf '%s\n' "${scans[@]}" | median)

run_case() { # label runs args...
  local label=$1 n=$2; shift 2
  local walls=() rss=() evals=0
  for _ in $(seq 1 "$n"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" java $heap -jar "$jar" --data "$work/data" measures run "$@" > "$work/run.txt"
    read -r wall maxrss < "$work/time.txt"
    walls+=("$wall"); rss+=("$maxrss")
    evals=$(grep -o '[0-9,]* patient-measure evaluations' "$work/run.txt" | tr -dc 0-9)
  done
  local wall peak
  wall=$(printf '%s\n' "${walls[@]}" | median)
  peak=$(printf '%s\n' "${rss[@]}" | median)
  printf '%-22s %5d %9.1f %14d %14.0f %12.0f %10.1f %9.0f %10.1f\n' "$label" "$n" "$wall" "$evals" \
    "$(echo "$evals / $wall" | bc -l)" "$(echo "$evals / $wall / $cores / $cql_reference" | bc -l)" \
    "$(echo "$peak / 1024" | bc -l)" "$(echo "$floor * 1000" | bc -l)" "$(echo "$wall / $floor" | bc -l)"
}

printf '%-22s %5s %9s %14s %14s %12s %10s %9s %10s\n' case runs wall_s evaluations evals/s x_cql/core rss_MB scan_ms x_scan
run_case "one period (2025)" "$runs" --period 2025
if [ "$trend_runs" -gt 0 ]; then run_case "24 monthly points" "$trend_runs" --period 2025 --trend 24; fi
grep -E '^\s+(CMS|Prov|Would)' "$work/run.txt" | head -40 || true
