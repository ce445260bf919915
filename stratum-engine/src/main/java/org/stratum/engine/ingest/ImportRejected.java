package org.stratum.engine.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Data that cannot be imported, with where each problem is and why. Nothing of the import is
 * stored when this is thrown.
 */
public class ImportRejected extends RuntimeException {
    private final List<Reject> rejects;

    public ImportRejected(List<Reject> rejects) {
        super(summary(rejects));
        this.rejects = List.copyOf(rejects);
    }

    public ImportRejected(Path file, long line, String reason) {
        this(List.of(Reject.inFile(file, line, reason)));
    }

    public ImportRejected(Path file, String reason) {
        this(file, 0, reason);
    }

    public List<Reject> rejects() {
        return rejects;
    }

    public Path file() {
        return rejects.get(0).file();
    }

    /** The 1-based line of the first problem, or 0 when it is not on one line. */
    public long line() {
        return rejects.get(0).line();
    }

    private static String summary(List<Reject> rejects) {
        if (rejects.isEmpty()) {
            throw new IllegalArgumentException("An import is rejected for at least one reason");
        }
        String first = rejects.get(0).describe();
        return rejects.size() == 1 ? first
                : first + " (and " + (rejects.size() - 1) + " more rejected record" + (rejects.size() > 2 ? "s" : "")
                        + "; nothing was imported)";
    }
}
