package org.stratum.engine.ingest.mapping;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks a mapping file: everything that can be checked without the extract (tables,
 * columns, value maps, date formats, code systems) fails here, naming the mapping's line.
 */
final class MappingReader {
    static final String VERSION = "1";
    private static final List<String> KEYS = List.of("stratum-mapping", "description", "time-zone", "csv", "value-maps",
            "files");
    private static final List<String> FILE_KEYS = List.of("file", "optional", "tables", "delimiter", "quote", "encoding",
            "header", "column-names");

    private MappingReader() {
    }

    static CsvMapping read(Path file) {
        MappingNode root = MappingNode.read(file);
        root.allowOnly("the mapping file", KEYS);
        MappingNode version = root.require("stratum-mapping", "a mapping file (as its version, 'stratum-mapping: 1')");
        if (!version.text("stratum-mapping").equals(VERSION)) {
            throw version.invalid("this Stratum reads mapping files of version " + VERSION + ", not "
                    + version.text("stratum-mapping"));
        }
        ZoneId zone = root.get("time-zone").map(MappingReader::zone).orElse(ZoneOffset.UTC);
        CsvDialect defaults = CsvDialect.DEFAULT;
        if (root.get("csv").isPresent()) {
            root.get("csv").get().allowOnly("csv", CsvDialect.KEYS);
            defaults = defaults.overriddenBy(root.get("csv").get());
        }
        Map<String, ValueMap> maps = root.get("value-maps").map(ValueMapReader::read).orElse(Map.of());
        List<ExtractFile> files = new ArrayList<>();
        for (MappingNode node : root.require("files", "a mapping file").list("files")) {
            files.add(extractFile(node, defaults, maps));
        }
        if (files.isEmpty()) {
            throw root.require("files", "").invalid("files lists no file");
        }
        return new CsvMapping(file, zone, maps, files);
    }

    private static ExtractFile extractFile(MappingNode node, CsvDialect defaults, Map<String, ValueMap> maps) {
        node.allowOnly("a file entry", FILE_KEYS);
        MappingNode name = node.require("file", "each entry of files");
        String pattern = name.text("file");
        if (pattern.contains("/") || pattern.contains("\\")) {
            throw name.invalid("file is a file name (or a pattern such as visits_*.csv), not a path: \"" + pattern + "\"");
        }
        CsvDialect dialect = defaults.overriddenBy(node);
        if (!dialect.header() && dialect.columnNames().isEmpty()) {
            throw node.invalid("a file without a header row needs column-names: its columns' names, in order");
        }
        boolean optional = node.get("optional").map(o -> o.yesNo("optional")).orElse(false);
        List<TableMapping> tables = new ArrayList<>();
        for (MappingNode table : node.require("tables", "file " + pattern).list("tables")) {
            tables.add(TableMappingReader.read(table, maps));
        }
        if (tables.isEmpty()) {
            throw node.invalid("file " + pattern + " feeds no table");
        }
        return new ExtractFile(pattern, name.line(), dialect, optional, tables);
    }

    private static ZoneId zone(MappingNode node) {
        try {
            return ZoneId.of(node.text("time-zone"));
        } catch (DateTimeException e) {
            throw node.invalid("unknown time zone '" + node.text("time-zone") + "'; use a name such as America/Los_Angeles");
        }
    }
}
