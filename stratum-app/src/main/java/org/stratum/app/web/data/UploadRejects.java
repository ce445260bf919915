package org.stratum.app.web.data;

import java.nio.file.Path;
import java.util.List;
import org.stratum.engine.ingest.Reject;

/**
 * The records a web import did not load, in {@code <data-dir>/rejects/} beside those the command line
 * writes, with their files named as uploaded.
 */
final class UploadRejects {

    private UploadRejects() {
    }

    static Path write(Path rejectsFolder, String name, List<Reject> rejects) {
        return org.stratum.engine.ingest.RejectsCsv.write(rejectsFolder.resolve(name + ".csv"), rejects);
    }

    /** The rejects with their files named as uploaded, not by where this machine keeps them. */
    static List<Reject> namedAsUploaded(List<Reject> rejects, Path uploadFolder) {
        return rejects.stream().map(r -> new Reject(r.file() == null ? null : shortName(r.file(), uploadFolder),
                r.line(), r.entry(), r.resourceId(), r.field(), r.reason())).toList();
    }

    private static Path shortName(Path file, Path uploadFolder) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(uploadFolder) && !absolute.equals(uploadFolder)
                ? uploadFolder.relativize(absolute) : file.getFileName();
    }
}
