#!/usr/bin/env bash
# Load test (issue 6): USERS people (default 20) browsing the stratified views at once for SECONDS
# (default 300) against `stratum serve` over a warehouse built by bench/stratify.sh (WORK). Half sign
# in with the form and open Explore pages (heat maps, filters, drill-downs), half call the REST API with
# HTTP Basic; each waits 0.5-1.5 s between requests, as a person reading would. Prints requests, errors
# (any status but 200, or a failed connection), median, p95 and max response time. Target: p95 under
# 1 s and no errors.
#
#   WORK=/tmp/stratum-bench-strata bench/browse.sh [USERS=20] [SECONDS=300]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

users=${1:-20}
seconds=${2:-300}
work=${WORK:?set WORK to a folder bench/stratify.sh has built}
port=${PORT:-18080}
heap=${HEAP:--Xmx4g}
password=load-test-$RANDOM-$RANDOM
jar=stratum-app/target/stratum.jar
[ -f "$work/data/warehouse.duckdb" ] || { echo "run bench/stratify.sh with WORK=$work first" >&2; exit 1; }

stamp=$(date +%s) # accounts of their own for each run: load-analyst-STAMP, load-viewer-STAMP
for role in analyst viewer; do
  echo "$password" | java -jar "$jar" --data "$work/data" users add "load-$role-$stamp" --role "$role" \
    --password-stdin > /dev/null
done
java $heap -jar "$jar" --data "$work/data" serve --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/login"; do sleep 1; done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $users users for $seconds s"

cat > "$work/Browse.java" <<'JAVA'
import java.net.*;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.regex.*;

public class Browse {
  static final String VIEW = "measure=CMS165&period=2025";
  static final List<String> PAGES = List.of("/explore?" + VIEW + "&by=race-2024&across=site",
      "/explore?" + VIEW + "&by=race-2024&across=clinician&filter=sex%3Dfemale",
      "/explore?" + VIEW + "&by=deprivation-quintile&across=social-needs&filter=age-band%3D45-64",
      "/explore?" + VIEW + "&by=language&across=interpreter", "/measures/CMS165?by=clinician");
  static final List<String> API = List.of("/api/v1/measures/CMS165/strata?by=race-2024,site",
      "/api/v1/measures/CMS165/strata?by=clinician&filter=sex%3Dfemale&filter=social-needs%3Dneed",
      "/api/v1/measures/CMS165/strata?by=race-2024,clinician", "/api/v1/measures/CMS165?period=2025",
      "/api/v1/measures");

  public static void main(String[] a) throws Exception {
    String base = a[0], password = a[1];
    int users = Integer.parseInt(a[2]);
    long end = System.nanoTime() + Long.parseLong(a[3]) * 1_000_000_000L;
    List<Double> times = Collections.synchronizedList(new ArrayList<>());
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(users);
    for (int u = 0; u < users; u++) {
      boolean pages = u % 2 == 0;
      pool.submit(() -> {
        Random random = new Random();
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        try {
          if (pages) signIn(client, base, "load-analyst-" + a[4], password);
          while (System.nanoTime() < end) {
            String path = (pages ? PAGES : API).get(random.nextInt(5));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (!pages) request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("load-viewer-" + a[4] + ":" + password).getBytes(StandardCharsets.UTF_8)));
            long t = System.nanoTime();
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            times.add((System.nanoTime() - t) / 1e6);
            if (response.statusCode() != 200) errors.add(response.statusCode() + " " + path);
            Thread.sleep(500 + random.nextInt(1000));
          }
        } catch (Exception e) {
          errors.add(e.toString());
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    System.out.printf("%-6s %9s %7s %9s %9s %9s%n", "users", "requests", "errors", "median_ms", "p95_ms", "max_ms");
    System.out.printf("%-6d %9d %7d %9.0f %9.0f %9.0f%n", users, sorted.size(), errors.size(),
        sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1), sorted.get(sorted.size() - 1));
    errors.stream().distinct().limit(10).forEach(e -> System.out.println("error: " + e));
  }

  static void signIn(HttpClient client, String base, String username, String password) throws Exception {
    String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
    if (!csrf.find()) throw new IllegalStateException("no CSRF token on the sign-in page");
    String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    String location = signedIn.headers().firstValue("Location").orElse("");
    if (signedIn.statusCode() != 302 || location.contains("error")) throw new IllegalStateException("sign-in failed");
  }
}
JAVA
java "$work/Browse.java" "http://127.0.0.1:$port" "$password" "$users" "$seconds" "$stamp"
