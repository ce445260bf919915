package org.stratum.engine.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * A value in a source file that a mapping does not translate: how often it occurs and where, so an
 * analyst can add it to the mapping. Formats without mappings never report any.
 *
 * @param file         the source file
 * @param column       the source column the value is in
 * @param valueMap     the value map (or the set of allowed values) that lacks it
 * @param value        the value as it appears, trimmed
 * @param count        how many rows hold it
 * @param exampleLines the first few 1-based lines that hold it, in file order
 */
public record UnmappedValue(Path file, String column, String valueMap, String value, long count, List<Long> exampleLines) {
    public UnmappedValue {
        exampleLines = List.copyOf(exampleLines);
    }

    /** "patients.csv column RACE (value map race): "Asian Indian" × 12, lines 4, 17, 33". */
    public String describe() {
        return file.getFileName() + " column " + column + " (" + valueMap + "): \"" + value + "\" × " + count
                + (exampleLines.isEmpty() ? "" : (exampleLines.size() == 1 ? ", line " : ", lines ")
                        + String.join(", ", exampleLines.stream().map(String::valueOf).toList()));
    }
}
