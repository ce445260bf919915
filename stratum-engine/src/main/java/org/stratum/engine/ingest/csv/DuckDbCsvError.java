package org.stratum.engine.ingest.csv;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stratum.engine.ingest.ImportRejected;

/** Turns DuckDB's multi-paragraph CSV errors into one line that names the file, line and column. */
final class DuckDbCsvError {
    private static final Pattern LINE = Pattern.compile("CSV Error on Line: (\\d+)");
    private static final Pattern CONVERSION = Pattern.compile(
            "Error when converting column \"([^\"]+)\"\\. Could not convert string \"([^\"]*)\" to '([^']+)'");
    private static final Pattern NOT_NULL = Pattern.compile("NOT NULL constraint failed: \\w+\\.(\\w+)");

    private DuckDbCsvError() {
    }

    static ImportRejected toRejection(Path file, String table, SQLException e) {
        String message = String.valueOf(e.getMessage());
        Matcher line = LINE.matcher(message);
        long lineNumber = line.find() ? Long.parseLong(line.group(1)) : 0;
        Matcher conversion = CONVERSION.matcher(message);
        if (conversion.find()) {
            return new ImportRejected(file, lineNumber, "column " + conversion.group(1) + ": \"" + conversion.group(2)
                    + "\" is not a valid " + conversion.group(3));
        }
        Matcher notNull = NOT_NULL.matcher(message);
        if (notNull.find()) {
            return new ImportRejected(file, lineNumber, "a row has no value for required column " + notNull.group(1));
        }
        String firstLine = message.lines().filter(l -> !l.isBlank()).findFirst().orElse(message);
        return new ImportRejected(file, lineNumber, "cannot be loaded into " + table + ": " + firstLine);
    }
}
