package org.stratum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, end to end: the packaged application runs {@code stratum demo} in its
 * own process, generates and loads a small population and serves the app; a user signs in over HTTP
 * with the printed password and sees the roadmap and the loaded data.
 */
class DemoEndToEndIT {
    private static final Pattern READY = Pattern.compile("Stratum is ready at (http://\\S+)");
    private static final Pattern PASSWORD = Pattern.compile("with the password (\\S+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @TempDir
    Path data;
    private Process demo;
    private final List<String> output = new ArrayList<>();

    @AfterEach
    void stopDemo() throws InterruptedException {
        if (demo != null) {
            demo.destroy();
            assertThat(demo.waitFor(30, TimeUnit.SECONDS)).as("the demo stops on SIGTERM").isTrue();
        }
    }

    @Test
    void demoGeneratesLoadsAndServesAndTheDemoAdministratorCanSignIn() throws Exception {
        int port = freePort();
        demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("stratum.jar"), "demo", "--patients", "400", "--port", Integer.toString(port),
                "--data", data.toString())
                .redirectErrorStream(true)
                .start();
        String url = null;
        String password = null;
        BufferedReader lines = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (password == null && System.nanoTime() < deadline) {
            String line = lines.readLine();
            assertThat(line).as("demo output so far: %s", output).isNotNull();
            output.add(line);
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                url = ready.group(1);
            }
            Matcher secret = PASSWORD.matcher(line);
            if (secret.find()) {
                password = secret.group(1);
            }
        }
        assertThat(url).as("ready line in %s", output).isEqualTo("http://localhost:" + port + "/");
        assertThat(output).anyMatch(l -> l.contains("Generated 400 patients"))
                .anyMatch(l -> l.matches(
                        "Computing \\d+ measures for 2025-01-01/2025-12-31 and 24 monthly trend points\\.\\.\\."))
                .anyMatch(l -> l.matches("Computed [\\d,]+ patient-measure evaluations in [\\d.]+ s\\."));

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> anonymous = browser.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.uri().getPath()).as("patient data needs sign-in").isEqualTo("/login");

        Matcher csrf = CSRF.matcher(anonymous.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(url + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Roadmap for improvement").contains("Organize teams")
                .contains("Golden State Community Health Network").contains("400");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
