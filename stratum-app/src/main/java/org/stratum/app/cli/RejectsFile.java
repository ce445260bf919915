package org.stratum.app.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.stratum.engine.ingest.Reject;
import org.stratum.engine.ingest.RejectsCsv;

/** Writes the records an import rejected to {@code rejects/<time>-<source>.csv} in the data directory. */
final class RejectsFile {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private RejectsFile() {
    }

    static Path write(Path dataDir, String source, Instant when, List<Reject> rejects) {
        return RejectsCsv.write(dataDir.resolve("rejects").resolve(STAMP.format(when) + "-" + source + ".csv"), rejects);
    }
}
