package org.stratum.engine.ingest.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stratum.engine.ingest.ImportFormat;
import org.stratum.engine.ingest.ImportOptions;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.ingest.LoadResult;

/**
 * A foreign CSV extract read through a mapping file (YAML; see docs/importing.md). The first path of
 * an import is the mapping, the others the extract's files or folders. The mapping is the first of
 * the import's files, so the ledger keeps its checksum and a rebuild replays the import with the very
 * same mapping.
 */
public final class MappedCsvFormat implements ImportFormat {
    public static final String NAME = "mapped-csv";
    /** How the reason of a reject for a value the mapping does not translate begins. */
    public static final String UNMAPPED_PREFIX = "unmapped value";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Path> files(List<Path> paths) {
        Path mappingFile = mappingFile(paths);
        if (paths.size() < 2) {
            throw new ImportRejected(mappingFile, "name the extract's files or folder after the mapping");
        }
        List<Path> files = new ArrayList<>(List.of(mappingFile));
        ExtractFiles.find(CsvMapping.read(mappingFile), paths.subList(1, paths.size())).values().forEach(files::addAll);
        return files;
    }

    @Override
    public LoadResult load(Connection transaction, ImportOptions options, List<Path> files) throws SQLException {
        Path mappingFile = mappingFile(files);
        CsvMapping mapping = CsvMapping.read(mappingFile);
        List<SourceRead> sources = new ArrayList<>();
        try {
            for (Map.Entry<ExtractFile, List<Path>> entry : ExtractFiles.find(mapping, files.subList(1, files.size())).entrySet()) {
                for (Path file : entry.getValue()) {
                    sources.add(SourceRead.open(file, entry.getKey(), mappingFile));
                }
            }
            return new MappedImportSession(transaction, options, mapping).load(sources);
        } finally {
            sources.forEach(SourceRead::close);
        }
    }

    private static Path mappingFile(List<Path> paths) {
        Path first = paths.get(0);
        String name = first.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(first)) {
            throw new ImportRejected(first, "there is no such mapping file");
        }
        if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) {
            throw new ImportRejected(first, "a mapped CSV import starts with its mapping file (.yaml or .yml)");
        }
        return first;
    }
}
