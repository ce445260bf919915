#!/usr/bin/env bash
# Import benchmark: `stratum import` of a synthetic population as FHIR bulk NDJSON and as Stratum
# CSV, at two sizes, with a 2 GB heap. Prints wall time, MB/s, resources or rows per second, peak RSS,
# and the ratio to a baseline measured in the same run: DuckDB alone scanning the same files (every
# NDJSON line parsed as JSON; every CSV row parsed) — the floor of any import; for CSV also DuckDB's
# own bulk load of the same files into a database, for FHIR its typed parse of them (duckdb_s).
# Medians over RUNS runs (the larger size: RUNS_LARGE). On a shared machine wall times follow the
# load, so each row also gives the CPU seconds (user + system) and the load average at its end; to
# compare builds, name their jars in JARS and each run imports with every one of them in turn.
#
#   bench/import.sh [SMALL=100000] [LARGE=1000000]
#   RUNS=3 RUNS_LARGE=1 FORMATS="fhir csv" WORK=/tmp/stratum-bench-import bench/import.sh
#   JARS="old/stratum.jar stratum-app/target/stratum.jar" FORMATS=fhir bench/import.sh 20000 100000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

small=${1:-100000}
large=${2:-1000000}
runs=${RUNS:-3}
runs_large=${RUNS_LARGE:-1}
formats=${FORMATS:-"fhir csv"}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
heap=${HEAP:--Xmx2g}

./stratum --version >/dev/null # builds the jar if needed
jar=stratum-app/target/stratum.jar
read -r -a jars <<< "${JARS:-$jar}"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# The floor: DuckDB reading every file of the folder, nothing else. Then what DuckDB alone does with
# them before any import logic (duckdb_s), on all cores: for CSV its own bulk load, every file into a
# table of a new database in one transaction (CREATE TABLE AS, types sniffed); for FHIR its typed
# parse, every resource into the structure the import parses it into (json_transform with the
# import's <Type>.spec.json), nothing written.
cat > "$work/Scan.java" <<'JAVA'
import java.nio.file.*;
import java.sql.*;
public class Scan {
  public static void main(String[] a) throws Exception {
    long rows = 0;
    double scan, duckdb = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
         DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(a[0]))) {
      long start = System.nanoTime();
      for (Path f : files) {
        String name = f.toString().replace("'", "''");
        String sql = name.endsWith(".ndjson") ? "SELECT count(json_extract_string(json, '$.id')) FROM read_ndjson_objects('" + name + "')"
            : name.endsWith(".csv") ? "SELECT count(*) FROM read_csv('" + name + "', header = true)" : null;
        if (sql == null) continue;
        try (ResultSet r = s.executeQuery(sql)) { r.next(); rows += r.getLong(1); }
      }
      scan = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      try (DirectoryStream<Path> ndjson = Files.newDirectoryStream(Path.of(a[0]), "*.ndjson")) {
        for (Path f : ndjson) {
          Path spec = Path.of(a[2], f.getFileName().toString().replace(".ndjson", ".spec.json"));
          if (!Files.exists(spec)) continue;
          String structure = Files.readString(spec).replaceAll("\\s+", "");
          try (ResultSet r = s.executeQuery("SELECT count(json_transform(json, '" + structure + "')) FROM read_ndjson_objects('"
              + f.toString().replace("'", "''") + "')")) { r.next(); }
          duckdb = (System.nanoTime() - start) / 1e9;
        }
      }
    }
    if (duckdb == 0) { // a CSV folder (a FHIR folder holds one small CSV, its areas)
      Path db = Path.of(a[1]);
      Files.deleteIfExists(db);
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement();
           DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(a[0]), "*.csv")) {
        long start = System.nanoTime();
        s.execute("BEGIN TRANSACTION");
        int n = 0;
        for (Path f : files) {
          s.execute("CREATE TABLE t" + n++ + " AS SELECT * FROM read_csv('" + f.toString().replace("'", "''") + "', header = true)");
        }
        s.execute("COMMIT");
        duckdb = (System.nanoTime() - start) / 1e9;
      }
      Files.deleteIfExists(db);
    }
    System.out.printf("%.3f %d %.3f%n", scan, rows, duckdb);
  }
}
JAVA
duckdb_jar=$(unzip -l "$jar" | grep -o 'BOOT-INF/lib/duckdb_jdbc[^ ]*\.jar' | head -1)
engine_jar=$(unzip -l "$jar" | grep -o 'BOOT-INF/lib/stratum-engine[^ ]*\.jar' | head -1)
(cd "$work" && unzip -o -q "$OLDPWD/$jar" "$duckdb_jar" "$engine_jar" && rm -rf specs && mkdir specs \
  && unzip -o -q -j "$engine_jar" 'org/stratum/engine/ingest/fhir/*.spec.json' -d specs)

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, java $(java -version 2>&1 | head -1)"
echo "heap: $heap; work dir: $work"
printf '%-6s %9s %5s %8s %7s %9s %8s %13s %8s %8s %7s %7s %7s %6s  %s\n' format patients runs wall_s cpu_s input_MB MB/s \
  records/s rss_MB floor_s x_floor duckdb_s x_duckdb cpuload jar
for format in $formats; do
  for patients in $small $large; do
    n=$runs; [ "$patients" = "$large" ] && n=$runs_large
    in="$work/$format-$patients"
    [ -d "$in" ] || java $heap -jar "$jar" generate --patients "$patients" --seed 42 --format "$format" --out "$in" > /dev/null
    rm -f "$in/ground-truth.json.bak"
    mb=$(du -sm --exclude=ground-truth.json "$in" | cut -f1)
    declare -A walls=() cpus=() rss=(); floors=(); loads=()
    for _ in $(seq 1 "$n"); do
      for j in "${!jars[@]}"; do
        rm -rf "$work/data"
        /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" java $heap -jar "${jars[$j]}" --data "$work/data" import \
          --format "$format" "$in" > "$work/import.txt"
        read -r wall user sys maxrss < "$work/time.txt"
        walls[$j]+="$wall "; cpus[$j]+="$(echo "$user + $sys" | bc -l) "; rss[$j]+="$maxrss "
      done
      read -r floor rows duckdb_load < <(java -cp "$work/$duckdb_jar" "$work/Scan.java" "$in" "$work/load.duckdb" "$work/specs")
      floors+=("$floor"); loads+=("$duckdb_load")
    done
    records=$(grep -o 'Imported [0-9,]* rows' "$work/import.txt" | tr -dc 0-9)
    floor=$(printf '%s\n' "${floors[@]}" | median)
    duckdb_load=$(printf '%s\n' "${loads[@]}" | median)
    load=$(cut -d' ' -f1 /proc/loadavg)
    for j in "${!jars[@]}"; do
      wall=$(printf '%s\n' ${walls[$j]} | median); cpu=$(printf '%s\n' ${cpus[$j]} | median)
      peak=$(printf '%s\n' ${rss[$j]} | median)
      x_load=-; [ "$duckdb_load" != "0.000" ] && x_load=$(printf '%.2f' "$(echo "$wall / $duckdb_load" | bc -l)")
      printf '%-6s %9d %5d %8.1f %7.1f %9d %8.1f %13.0f %8.0f %8.1f %7.2f %7.1f %7s %6s  %s\n' "$format" "$patients" "$n" \
        "$wall" "$cpu" "$mb" "$(echo "$mb / $wall" | bc -l)" "$(echo "$records / $wall" | bc -l)" \
        "$(echo "$peak / 1024" | bc -l)" "$floor" "$(echo "$wall / $floor" | bc -l)" "$duckdb_load" "$x_load" "$load" "${jars[$j]}"
    done
  done
done
rm -rf "$work/data"
