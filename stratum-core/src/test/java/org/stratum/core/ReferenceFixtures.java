package org.stratum.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public reference fixtures ({@code ../shared/fixtures}: eCQM cases, statistics vectors, REAL
 * code sets), read at test time from beside the project and never copied into it. Tests that need
 * them are skipped, with a message naming every place looked at, when they are absent.
 */
public final class ReferenceFixtures {
    private ReferenceFixtures() {
    }

    /** The fixtures' sub-folder (e.g. {@code "stats"}), or an aborted (skipped) test. */
    public static Path require(String folder) {
        List<Path> candidates = candidates();
        Optional<Path> found = candidates.stream().map(p -> p.resolve(folder)).filter(Files::isDirectory).findFirst();
        String message = "Reference fixtures '" + folder + "' not found, skipping; looked in " + candidates
                + " (set -Dstratum.fixtures=... or STRATUM_FIXTURES)";
        if (found.isEmpty()) {
            System.err.println("[stratum] " + message);
        }
        assumeTrue(found.isPresent(), message);
        return found.get();
    }

    private static List<Path> candidates() {
        List<Path> paths = new ArrayList<>();
        add(paths, System.getProperty("stratum.fixtures"));
        add(paths, System.getenv("STRATUM_FIXTURES"));
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        if (module.getParent() != null) {
            paths.add(module.getParent().resolve("../shared/fixtures").normalize());
        }
        paths.add(module.resolve("../shared/fixtures").normalize());
        return paths.stream().distinct().toList();
    }

    private static void add(List<Path> paths, String value) {
        if (value != null && !value.isBlank() && !value.contains("${")) {
            paths.add(Path.of(value).toAbsolutePath().normalize());
        }
    }
}
