#!/usr/bin/env bash
# Stratified-view benchmark (issue 6): the server time of one view (a measure by up to two dimensions
# among filtered patients, with its statistics and suppression, as the Explore page, the API and
# `stratum stratify` build it through StrataViews), in one warm JVM over a synthetic population
# (default 1,000,000 patients). Prints the first view (which keeps the period's per-patient dimensions
# in the warehouse, once per warehouse state), then the median and p95 over RUNS rounds of a mix of
# views: each round opens the warehouse anew, so its views are counted cold (nothing kept), then asks
# for them again (kept per warehouse state); and the ratio to a baseline measured in the same run:
# DuckDB alone grouping the measure's results by site (a plain GROUP BY over measure_result). Builds the
# warehouse (generate, import, compute CMS165) on first use of WORK. Target: p95 at most 300 ms at 1M
# on 2 cores, cold.
#
#   bench/stratify.sh [PATIENTS=1000000]
#   RUNS=20 WORK=/tmp/stratum-bench-strata bench/stratify.sh 100000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

patients=${1:-1000000}
runs=${RUNS:-20}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
heap=${HEAP:--Xmx4g}
period=${PERIOD:-2025}

./stratum --version >/dev/null # builds the jar if needed
jar=stratum-app/target/stratum.jar
stratum() { java $heap -jar "$jar" --data "$work/data" "$@"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "heap: $heap; work dir: $work; $patients patients; period $period"
if [ ! -f "$work/data/warehouse.duckdb" ]; then
  rm -rf "$work/extract" "$work/data"
  java $heap -jar "$jar" generate --patients "$patients" --seed 42 --format csv --out "$work/extract" > /dev/null
  stratum import --format csv "$work/extract" > /dev/null
  stratum measures run --period "$period" --measure CMS165 > /dev/null
  rm -rf "$work/extract"
fi

rm -rf "$work/app" && mkdir -p "$work/app" && (cd "$work/app" && unzip -q "$OLDPWD/$jar")
cat > "$work/StratifyViews.java" <<'JAVA'
import java.nio.file.Path;
import java.sql.*;
import java.util.*;
import org.stratum.app.equity.*;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.warehouse.*;

public class StratifyViews {
  static final List<List<List<String>>> VIEWS = List.of(
      List.of(List.of("race-2024"), List.of()),
      List.of(List.of("race-2024", "site"), List.of()),
      List.of(List.of("clinician"), List.of("sex=female")),
      List.of(List.of("race-2024", "clinician"), List.of()),
      List.of(List.of("deprivation-quintile", "social-needs"), List.of("age-band=45-64", "age-band=65-74")),
      List.of(List.of("language", "interpreter"), List.of("sex=female", "social-needs=need")),
      List.of(List.of("site", "payer"), List.of("deprivation-quintile=5", "race-2024=Hispanic or Latino alone")));

  public static void main(String[] a) throws Exception {
    int runs = Integer.parseInt(a[1]);
    List<Double> cold = new ArrayList<>();
    List<Double> kept = new ArrayList<>();
    double baseline = 0;
    for (int round = 0; round < runs; round++) {
      // A warehouse opened anew keeps no views: every view of the round's first pass is counted.
      try (Warehouse warehouse = Warehouse.open(DataDirectory.at(Path.of(a[0])), Importer.withBuiltInFormats(), n -> { })) {
        StrataViews views = new StrataViews(MeasureLibrary.builtIn(), warehouse, OfferedDimensions.standardOnly());
        if (round == 0) {
          long start = System.nanoTime();
          views.build(parameters(List.of(List.of("sex"), List.of()), a[2]));
          System.out.printf("first view (keeps the per-patient dimensions): %.0f ms%n", (System.nanoTime() - start) / 1e6);
        }
        for (List<Double> times : List.of(cold, kept)) {
          for (List<List<String>> view : VIEWS) {
            long t = System.nanoTime();
            StrataView built = views.build(parameters(view, a[2]));
            times.add((System.nanoTime() - t) / 1e6);
            if (round == 0) {
              System.out.printf("  %-5s by %-36s filters %-50s %4d strata %6.0f ms%n", times == cold ? "cold" : "kept",
                  view.get(0), view.get(1), built.strata().size(), times.get(times.size() - 1));
            }
          }
        }
        if (round == runs - 1) {
          baseline = baseline(warehouse, a[2], runs);
        }
      }
    }
    System.out.printf("%-6s %6s %6s %9s %9s %9s %12s %10s%n", "views", "runs", "kind", "median_ms", "p95_ms", "max_ms",
        "groupby_ms", "x_groupby");
    for (List<Double> times : List.of(cold, kept)) {
      Collections.sort(times);
      double median = times.get(times.size() / 2);
      double p95 = times.get((int) Math.ceil(0.95 * times.size()) - 1);
      System.out.printf("%-6d %6d %6s %9.0f %9.0f %9.0f %12.1f %10.1f%n", VIEWS.size(), runs, times == cold ? "cold" : "kept",
          median, p95, times.get(times.size() - 1), baseline, median / baseline);
    }
  }

  static StrataParameters parameters(List<List<String>> view, String period) {
    return new StrataParameters("CMS165", view.get(0), view.get(1), period, null, true);
  }

  /** DuckDB alone: the measure's results for the period grouped by site, median over the runs. */
  static double baseline(Warehouse warehouse, String period, int runs) throws SQLException {
    List<Double> times = new ArrayList<>();
    try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        try (ResultSet r = s.executeQuery("SELECT site_id, count(*), count(*) FILTER (WHERE numerator)"
            + " FROM measure_result WHERE measure_id = 'controlling-high-blood-pressure' AND year(period_end) = "
            + period.substring(0, 4) + " AND denominator AND NOT denominator_exclusion AND NOT denominator_exception"
            + " GROUP BY ALL")) {
          while (r.next()) { }
        }
        times.add((System.nanoTime() - t) / 1e6);
      }
    }
    Collections.sort(times);
    return times.get(times.size() / 2);
  }
}
JAVA
java $heap -cp "$work/app/BOOT-INF/classes:$work/app/BOOT-INF/lib/*" "$work/StratifyViews.java" "$work/data" "$runs" \
  "$period"
