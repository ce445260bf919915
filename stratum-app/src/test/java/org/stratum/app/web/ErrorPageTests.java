package org.stratum.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stratum.app.data.WarehouseSummarySource;

/**
 * Error pages as a browser gets them from the real servlet container: friendly, and never a stack
 * trace or an exception's message. The warehouse here cannot be read, as when another process
 * holds its file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // the store lives in this class's @TempDir
class ErrorPageTests {

    static final String LOCKED = "warehouse.duckdb is locked by process 4242";

    @TestConfiguration(proxyBeanMethods = false)
    static class UnreadableWarehouse {
        @Bean
        @Primary
        WarehouseSummarySource unreadableWarehouseSummary() {
            return () -> {
                throw new IllegalStateException(LOCKED);
            };
        }
    }

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void demoInTemporaryDataDir(DynamicPropertyRegistry registry) {
        registry.add("stratum.data-dir", dataDir::toString);
        registry.add("stratum.demo.enabled", () -> "true");
        registry.add("stratum.demo.password", () -> "tulip-harbour-42");
    }

    @LocalServerPort
    int port;

    HttpClient browser;

    @BeforeEach
    void signIn() throws Exception {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
        assertThat(csrf.find()).as("CSRF token on the sign-in page").isTrue();
        String form = "username=admin&password=tulip-harbour-42&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
    }

    @Test
    void failureShowsAFriendlyPageWithoutInternals() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("<h1>Something went wrong</h1>")
                .contains("Go to the home page")
                .doesNotContain(LOCKED)
                .doesNotContain("IllegalStateException")
                .doesNotContain("at org.")
                .doesNotContain("Whitelabel");
    }

    @Test
    void unknownAddressShowsPageNotFound() throws Exception {
        HttpResponse<String> response = get("/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<title>Page not found · Stratum</title>").contains("<h1>Page not found</h1>");
    }

    @Test
    void clientsAskingForJsonGetNoInternalsEither() throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("\"status\":500").doesNotContain(LOCKED).doesNotContain("trace");
    }

    /** A GET as a browser sends it, asking for HTML. */
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
