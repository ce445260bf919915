package org.stratum.app.web.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stratum.app.OpenWarehouse;

/**
 * The upload size limit as a browser meets it, through the real servlet container: a file over
 * {@code spring.servlet.multipart.max-file-size} is refused with a page that says so, and nothing
 * is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OpenWarehouse.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // the stores live in this class's @TempDir
class UploadLimitTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void smallLimit(DynamicPropertyRegistry registry) {
        registry.add("stratum.data-dir", dataDir::toString);
        registry.add("stratum.demo.enabled", () -> "true");
        registry.add("stratum.demo.password", () -> "tulip-harbour-42");
        registry.add("spring.servlet.multipart.max-file-size", () -> "1KB");
    }

    @LocalServerPort
    int port;

    HttpClient browser;

    @BeforeEach
    void signIn() throws Exception {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "username=analyst&password=tulip-harbour-42&_csrf=" + URLEncoder.encode(csrfToken("/login"), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAMessage() throws Exception {
        HttpResponse<String> response = upload("patient.csv", "patient_id\n" + "p1\n".repeat(2000));

        assertThat(response.statusCode()).isEqualTo(303);
        String page = get(response.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("id=\"upload-too-large\"").contains("larger than <span>1.0 KB</span>");
        assertThat(dataDir.resolve("uploads")).doesNotExist();
    }

    @Test
    void aFileWithinTheLimitIsAccepted() throws Exception {
        HttpResponse<String> response = upload("patient.csv", "patient_id\np1\n");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/data"));
    }

    private HttpResponse<String> upload(String fileName, String content) throws IOException, InterruptedException {
        String boundary = "----stratum-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "Content-Disposition: form-data; name=\"files\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n", content);
        part(body, boundary, "Content-Disposition: form-data; name=\"source\"\r\n", "limit-" + content.length());
        part(body, boundary, "Content-Disposition: form-data; name=\"format\"\r\n", "auto");
        part(body, boundary, "Content-Disposition: form-data; name=\"_csrf\"\r\n", csrfToken("/data"));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(uri("/data/imports"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String headers, String content) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n" + content + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private String csrfToken(String page) throws IOException, InterruptedException {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(page).body());
        assertThat(csrf.find()).as("CSRF token on %s", page).isTrue();
        return csrf.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path) : uri(path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
