package org.stratum.engine.ingest.mapping;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * One kind of file in the extract and the tables it feeds.
 *
 * @param pattern  the file's name, or a glob such as {@code visits_*.csv} (a {@code .gz} version matches too)
 * @param line     the mapping line
 * @param dialect  how it is written
 * @param optional whether an extract may lack it
 * @param tables   what it gives each warehouse table, in load order
 */
record ExtractFile(String pattern, int line, CsvDialect dialect, boolean optional, List<TableMapping> tables) {
    ExtractFile {
        tables = List.copyOf(tables);
    }

    boolean matches(Path file) {
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        Path name = file.getFileName();
        String plain = name.toString().replaceFirst("\\.gz$", "");
        return glob.matches(name) || glob.matches(Path.of(plain));
    }
}
