package org.stratum.engine.ingest.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.warehouse.WarehouseSchema;

/**
 * Finds the extract's files the mapping names: files given one by one must each match one file entry
 * of the mapping; in a folder, files the mapping does not name are left alone. Every file entry that
 * is not optional must find a file. Files come back in load order: the entries feeding reference
 * tables and patients before those feeding patients' records.
 */
final class ExtractFiles {
    private ExtractFiles() {
    }

    static Map<ExtractFile, List<Path>> find(CsvMapping mapping, List<Path> paths) {
        Map<ExtractFile, List<Path>> found = new LinkedHashMap<>();
        mapping.files().stream().sorted(Comparator.comparingInt(ExtractFiles::loadOrder))
                .forEach(f -> found.put(f, new ArrayList<>()));
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path file : filesIn(path)) {
                    entryFor(mapping, file, false).ifPresent(entry -> found.get(entry).add(file));
                }
            } else if (Files.isRegularFile(path)) {
                found.get(entryFor(mapping, path, true).orElseThrow()).add(path);
            } else {
                throw new ImportRejected(path, "there is no such file or folder");
            }
        }
        found.forEach((entry, files) -> {
            if (files.isEmpty() && !entry.optional()) {
                throw new MappingInvalid(mapping.file(), entry.line(), "the extract has no file matching '"
                        + entry.pattern() + "' (mark the entry 'optional: true' if extracts may lack it)");
            }
            files.sort(Comparator.naturalOrder());
        });
        return found;
    }

    private static Optional<ExtractFile> entryFor(CsvMapping mapping, Path file, boolean required) {
        List<ExtractFile> matching = mapping.files().stream().filter(f -> f.matches(file)).toList();
        if (matching.size() > 1) {
            throw new MappingInvalid(mapping.file(), matching.get(1).line(), file.getFileName() + " matches both '"
                    + matching.get(0).pattern() + "' (line " + matching.get(0).line() + ") and '" + matching.get(1).pattern() + "'");
        }
        if (matching.isEmpty() && required) {
            throw new ImportRejected(file, "the mapping " + mapping.file().getFileName() + " names no such file");
        }
        return matching.stream().findFirst();
    }

    private static int loadOrder(ExtractFile file) {
        return file.tables().stream().mapToInt(t -> WarehouseSchema.DATA_TABLES.indexOf(t.table())).min().orElse(0);
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ImportRejected(folder, "the folder cannot be listed (" + e.getMessage() + ")");
        }
    }
}
