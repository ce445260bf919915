package org.stratum.engine.ingest.mapping;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * How a source file is written: field delimiter, quote character (a quote inside a quoted field is
 * doubled, as RFC 4180 says), character encoding, and whether the first row is a header. A file
 * without a header names its columns in the mapping ({@code column-names}).
 */
record CsvDialect(char delimiter, char quote, Charset encoding, boolean header, List<String> columnNames) {
    static final CsvDialect DEFAULT = new CsvDialect(',', '"', StandardCharsets.UTF_8, true, List.of());
    static final List<String> KEYS = List.of("delimiter", "quote", "encoding", "header", "column-names");

    CsvDialect {
        columnNames = List.copyOf(columnNames);
    }

    boolean isUtf8() {
        return encoding.equals(StandardCharsets.UTF_8);
    }

    /** This dialect with whatever of {@link #KEYS} the node sets. */
    CsvDialect overriddenBy(MappingNode node) {
        Map<String, MappingNode> keys = node.map("the CSV settings");
        char delimiter = keys.containsKey("delimiter") ? character(keys.get("delimiter"), "delimiter") : this.delimiter;
        char quote = keys.containsKey("quote") ? character(keys.get("quote"), "quote") : this.quote;
        Charset encoding = keys.containsKey("encoding") ? charset(keys.get("encoding")) : this.encoding;
        boolean header = keys.containsKey("header") ? keys.get("header").yesNo("header") : this.header;
        List<String> names = keys.containsKey("column-names")
                ? keys.get("column-names").list("column-names").stream().map(n -> n.text("a column name")).toList()
                : this.columnNames;
        if (delimiter == quote) {
            throw node.invalid("the delimiter and the quote character must differ");
        }
        return new CsvDialect(delimiter, quote, encoding, header, names);
    }

    private static char character(MappingNode node, String what) {
        String text = node.text(what);
        if (text.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (text.length() != 1 || text.charAt(0) == '\n' || text.charAt(0) == '\r') {
            throw node.invalid(what + " must be one character (or 'tab'), not \"" + text + "\"");
        }
        return text.charAt(0);
    }

    private static Charset charset(MappingNode node) {
        String name = node.text("encoding");
        try {
            if (Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        } catch (IllegalCharsetNameException e) {
            // reported below
        }
        throw node.invalid("unknown encoding '" + name + "'; use UTF-8, windows-1252 or ISO-8859-1, for example");
    }
}
