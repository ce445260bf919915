package org.stratum.engine.ingest.mapping;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A checked mapping file: how a foreign CSV extract becomes warehouse rows.
 *
 * @param file      the mapping file
 * @param timeZone  the zone the extract's times are written in (stored as UTC)
 * @param valueMaps the value maps it defines, by name
 * @param files     the kinds of file in the extract
 */
record CsvMapping(Path file, ZoneId timeZone, Map<String, ValueMap> valueMaps, List<ExtractFile> files) {
    CsvMapping {
        valueMaps = Map.copyOf(valueMaps);
        files = List.copyOf(files);
    }

    static CsvMapping read(Path file) {
        return MappingReader.read(file);
    }
}
