package org.stratum.engine.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The records an import did not load, one CSV row each: file, line, entry, resource, field, reason.
 * The command line and the web app write the same columns, so an analyst reads both the same way.
 */
public final class RejectsCsv {

    private RejectsCsv() {
    }

    /** Writes {@code rejects} to {@code file}, creating its folder; returns the file. */
    public static Path write(Path file, List<Reject> rejects) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (CsvWriter csv = CsvWriter.builder().build(file)) {
                csv.writeRecord("file", "line", "entry", "resource", "field", "reason");
                for (Reject r : rejects) {
                    csv.writeRecord(String.valueOf(r.file()), r.line() > 0 ? Long.toString(r.line()) : "",
                            r.entry() >= 0 ? Integer.toString(r.entry()) : "", r.resourceId() == null ? "" : r.resourceId(),
                            r.field() == null ? "" : r.field(), r.reason());
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rejects file " + file + ": " + e.getMessage(), e);
        }
    }
}
