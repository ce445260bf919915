package org.stratum.engine.ingest.mapping;

import java.util.Map;

/**
 * A date or date-time format written as in Java and Excel ({@code MM/dd/yyyy}, {@code yyyyMMdd},
 * {@code MM/dd/yyyy HH:mm}, {@code M/d/yy h:mm a}), translated to the {@code strptime} format DuckDB
 * parses with. Only the letters below are understood; text in single quotes is literal. On parsing,
 * DuckDB accepts months, days and hours with or without a leading zero.
 *
 * @param pattern  as written in the mapping
 * @param strptime the DuckDB format
 * @param hasTime  whether it reads a time of day, not just a date
 */
record DatePattern(String pattern, String strptime, boolean hasTime) {
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("yyyy", "%Y"), Map.entry("yy", "%y"),
            Map.entry("MMMM", "%B"), Map.entry("MMM", "%b"), Map.entry("MM", "%m"), Map.entry("M", "%m"),
            Map.entry("dd", "%d"), Map.entry("d", "%d"),
            Map.entry("HH", "%H"), Map.entry("H", "%H"), Map.entry("hh", "%I"), Map.entry("h", "%I"),
            Map.entry("mm", "%M"), Map.entry("m", "%M"), Map.entry("ss", "%S"), Map.entry("s", "%S"),
            Map.entry("SSS", "%g"), Map.entry("SSSSSS", "%f"), Map.entry("a", "%p"));

    static DatePattern parse(MappingNode node) {
        String pattern = node.text("format");
        StringBuilder format = new StringBuilder();
        String letters = "";
        for (int i = 0; i < pattern.length(); ) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int end = pattern.indexOf('\'', i + 1);
                if (end < 0) {
                    throw node.invalid("bad date format \"" + pattern + "\": a quote is not closed");
                }
                format.append(pattern.substring(i + 1, end).replace("%", "%%"));
                i = end + 1;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < pattern.length() && pattern.charAt(end) == c) {
                    end++;
                }
                String field = pattern.substring(i, end);
                String directive = FIELDS.get(field);
                if (directive == null) {
                    throw node.invalid("bad date format \"" + pattern + "\": '" + field + "' is not understood; use"
                            + " yyyy, yy, MMM, MM, M, dd, d, HH, H, hh, h, mm, ss, SSS, a, and quotes for literal text");
                }
                format.append(directive);
                letters += c;
                i = end;
            } else {
                format.append(c == '%' ? "%%" : String.valueOf(c));
                i++;
            }
        }
        check(node, pattern, letters);
        return new DatePattern(pattern, format.toString(), letters.indexOf('H') >= 0 || letters.indexOf('h') >= 0);
    }

    private static void check(MappingNode node, String pattern, String letters) {
        for (char required : new char[] {'y', 'M', 'd'}) {
            if (letters.indexOf(required) < 0) {
                throw node.invalid("bad date format \"" + pattern + "\": it has no " + switch (required) {
                    case 'y' -> "year (yyyy)";
                    case 'M' -> "month (MM)";
                    default -> "day (dd)";
                });
            }
        }
        if (letters.indexOf('h') >= 0 && letters.indexOf('a') < 0) {
            throw node.invalid("bad date format \"" + pattern + "\": a 12-hour clock (h) needs AM/PM (a); use HH for 0-23");
        }
        if (letters.chars().distinct().count() != letters.length()) {
            throw node.invalid("bad date format \"" + pattern + "\": a field appears twice");
        }
    }

    @Override
    public String toString() {
        return pattern;
    }
}
