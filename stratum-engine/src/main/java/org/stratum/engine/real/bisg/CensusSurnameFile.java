package org.stratum.engine.real.bisg;

import java.nio.file.Path;
import java.util.List;
import org.stratum.core.real.bisg.SurnameTable;

/**
 * The Census Bureau's "Frequently Occurring Surnames from the 2010 Census" file
 * ({@code Names_2010Census.csv} in {@code names.zip}), as the user downloaded it: columns
 * {@code name, rank, count, prop100k, cum_prop100k, pctwhite, pctblack, pctapi, pctaian, pct2prace,
 * pcthispanic}, {@code (S)} in suppressed cells, and a closing {@code ALL OTHER NAMES} row, which is
 * not a surname and is skipped.
 */
public final class CensusSurnameFile {
    static final List<String> COLUMNS = List.of("name", "pctwhite", "pctblack", "pctapi", "pctaian", "pct2prace",
            "pcthispanic");

    private CensusSurnameFile() {
    }

    public static SurnameTable read(Path file) {
        SurnameTable.Builder builder = SurnameTable.builder();
        new TableFile(file, COLUMNS).forEachRow(row -> {
            String name = row.text("name");
            if (name.equals("ALL OTHER NAMES")) {
                return;
            }
            // BisgGroup order: hispanic, white, black, api, aian, multiracial.
            Double[] percents = {row.number("pcthispanic", true), row.number("pctwhite", true),
                    row.number("pctblack", true), row.number("pctapi", true), row.number("pctaian", true),
                    row.number("pct2prace", true)};
            try {
                builder.add(name, percents);
            } catch (IllegalArgumentException e) {
                throw row.reject(e.getMessage().contains("surname") ? "name" : "pct*", e.getMessage());
            }
        });
        return builder.build();
    }
}
