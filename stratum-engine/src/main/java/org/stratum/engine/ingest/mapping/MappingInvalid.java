package org.stratum.engine.ingest.mapping;

import java.nio.file.Path;
import java.util.List;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.ingest.Reject;

/**
 * A mapping file that cannot be used, with the line of the mapping at fault (0 when the problem is
 * not on one line). Nothing is imported. It is an {@link ImportRejected}, so every surface that
 * reports rejected imports reports it too.
 */
public class MappingInvalid extends ImportRejected {
    public MappingInvalid(Path mappingFile, int line, String reason) {
        super(List.of(Reject.inFile(mappingFile, line, reason)));
    }
}
