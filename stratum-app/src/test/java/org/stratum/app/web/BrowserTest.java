package org.stratum.app.web;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every browser test stands on: the application on a random port over a temporary data
 * directory, with the demo accounts (password {@link #DEMO_PASSWORD}), and one headless Chromium for
 * the class. A test class {@code @Import}s the warehouse it needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // the store lives in the class's @TempDir
public abstract class BrowserTest {
    protected static final String DEMO_PASSWORD = "tulip-harbour-42";

    @TempDir
    protected static Path dataDir;

    @RegisterExtension
    protected static final ChromiumPerClass chromium = new ChromiumPerClass();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void demoAccountsInTheTemporaryDataDir(DynamicPropertyRegistry registry) {
        registry.add("stratum.data-dir", dataDir::toString);
        registry.add("stratum.demo.enabled", () -> "true");
        registry.add("stratum.demo.password", () -> DEMO_PASSWORD);
    }

    protected static WebDriver browser() {
        return chromium.browser();
    }

    /**
     * Waits until a page that {@code element} was on has been replaced, after a click that leaves it.
     * While the page changes, Chrome may answer a question about the old element with "node does not
     * belong to the document" instead of saying that it is stale; that answer is asked again.
     */
    protected static void waitUntilGone(WebElement element) {
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(element));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
