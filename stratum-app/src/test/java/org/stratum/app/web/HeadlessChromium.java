package org.stratum.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.stratum.app.ExternalDependency;

/**
 * A real headless Chromium for browser tests, driven through Debian's {@code chromedriver}
 * (STRATUM_CHROMIUM and STRATUM_CHROMEDRIVER point elsewhere). Without them, {@link #assumeAvailable()}
 * skips the test, or fails it when STRATUM_REQUIRE_BROWSER=1. Selenium Manager is never used, so
 * nothing is downloaded. Test classes get one through {@link ChromiumPerClass}.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(environment("STRATUM_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(environment("STRATUM_CHROMEDRIVER", "/usr/bin/chromedriver"));

    /**
     * Selenium warns when Chromium is newer than the DevTools protocol versions it bundles; these
     * tests use plain WebDriver, not DevTools. Held in a field: java.util.logging keeps loggers weakly.
     */
    private static final Logger CDP_VERSION_WARNINGS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final Optional<String> problem;
    private final ChromeDriverService service;
    private final WebDriver browser;

    private HeadlessChromium(Optional<String> problem, ChromeDriverService service, WebDriver browser) {
        this.problem = problem;
        this.service = service;
        this.browser = browser;
    }

    /** Starts the browser with its profile in {@code profile}, or notes why it cannot. */
    public static HeadlessChromium start(Path profile) {
        Optional<String> problem = Arrays.stream(new Path[] {CHROMIUM, CHROMEDRIVER})
                .filter(program -> !Files.isExecutable(program))
                .map(program -> program + " is not installed (apt-get install chromium chromium-driver)")
                .findFirst();
        if (problem.isPresent()) {
            return new HeadlessChromium(problem, null, null);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--window-size=1280,1000",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(Optional.empty(), service, new ChromeDriver(service, options));
    }

    /** Skips (or, when required, fails) the calling test if there is no browser. */
    public void assumeAvailable() {
        ExternalDependency.BROWSER.assumeAvailable(problem);
    }

    public WebDriver browser() {
        return browser;
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
