package org.stratum.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Something a test needs from outside the JVM (PostgreSQL, a browser). When it is missing, the test
 * is skipped with a warning in the build output, so a developer's machine without it still builds;
 * CI sets the named environment variable to 1, and then a missing dependency fails the build.
 */
public final class ExternalDependency {

    private static final Logger log = LoggerFactory.getLogger(ExternalDependency.class);

    public static final ExternalDependency POSTGRES =
            new ExternalDependency("PostgreSQL", "STRATUM_REQUIRE_POSTGRES");
    public static final ExternalDependency BROWSER =
            new ExternalDependency("Chromium and chromedriver", "STRATUM_REQUIRE_BROWSER");

    private final String description;
    private final String requireVariable;
    private final AtomicBoolean warned = new AtomicBoolean();

    private ExternalDependency(String description, String requireVariable) {
        this.description = description;
        this.requireVariable = requireVariable;
    }

    /**
     * Skips the current test, or fails it when the dependency is required, if {@code problem} says
     * the dependency is unavailable. Call it per test so that reports count each skipped test.
     */
    public void assumeAvailable(Optional<String> problem) {
        if (problem.isEmpty()) {
            return;
        }
        if ("1".equals(System.getenv(requireVariable))) {
            fail(description + " required (" + requireVariable + "=1) but unavailable: " + problem.get());
        }
        String message = description + " unavailable, test skipped: " + problem.get()
                + " (set " + requireVariable + "=1 to make this a failure)";
        if (warned.compareAndSet(false, true)) {
            log.warn(message);
        }
        Assumptions.abort(message);
    }
}
