package org.stratum.engine.ingest.mapping;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stratum.engine.ingest.ImportRejected;

/**
 * A file DuckDB's CSV reader cannot read as the mapping describes it (a row with too many or too few
 * fields, an unclosed quote, bytes that are not UTF-8, an overlong line), as one line naming the file
 * and line. These stop the whole import: the rows after them cannot be trusted.
 */
final class CsvReadFailure {
    private static final Pattern LINE = Pattern.compile("CSV Error on Line: (\\d+)");

    private CsvReadFailure() {
    }

    static ImportRejected of(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        Matcher line = LINE.matcher(message);
        long lineNumber = line.find() ? Long.parseLong(line.group(1)) : 0;
        if (message.contains("Invalid unicode") || message.contains("not utf-8")) {
            return new ImportRejected(file, lineNumber, "the file is not UTF-8; if it was written on Windows, set"
                    + " 'encoding: windows-1252' for it in the mapping");
        }
        String reason = message.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("Invalid Input Error") && !l.startsWith("CSV Error on Line")
                        && !l.startsWith("Original Line"))
                .findFirst().orElse(message.lines().findFirst().orElse(message));
        return new ImportRejected(file, lineNumber, "cannot be read as the mapping describes it: " + reason);
    }
}
