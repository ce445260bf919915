package org.stratum.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.springframework.util.FileSystemUtils;

/**
 * One headless Chromium for a test class, with a throw-away profile, signed out before each test
 * (which is skipped, or fails when STRATUM_REQUIRE_BROWSER=1, without a browser). Register it as
 * {@code @RegisterExtension static final ChromiumPerClass chromium = new ChromiumPerClass();}.
 */
public final class ChromiumPerClass implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private Path profile;
    private HeadlessChromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("stratum-chromium");
        chromium = HeadlessChromium.start(profile);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        chromium.assumeAvailable();
        chromium.browser().manage().deleteAllCookies();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        chromium.close();
        FileSystemUtils.deleteRecursively(profile);
    }

    public WebDriver browser() {
        return chromium.browser();
    }
}
