package org.stratum.engine.real.bisg;

import java.nio.file.Path;
import java.util.List;
import org.stratum.core.real.bisg.AreaTable;

/**
 * Adults by race and ethnicity per ZIP Code Tabulation Area, from the 2020 Census DHC table P11, in the
 * layout of the CFPB's 2024 BISG update ({@code zip_over18_race_jan20}, saved as CSV): the area code in
 * {@code ZCTA5} and the counts named in {@link #COLUMNS}. The counts are folded into the six surname
 * list groups as the CFPB documents (after Word 2008): "X and Some Other Race" counts as X, Asian and
 * Pacific Islander combinations as API, the rest of two or more races as multiracial, and Some Other
 * Race alone is shared out in proportion to the non-Hispanic groups. Puerto Rico (ZCTAs 006–009) is
 * left out, as it is not covered by the surname list.
 */
public final class CensusAreaFile {
    static final List<String> COLUMNS = List.of("ZCTA5", "Hispanic_Total", "NH_White_alone", "NH_Black_alone",
            "NH_AIAN_alone", "NH_API_alone", "NH_Other_alone", "NH_Mult_Total", "NH_White_Other", "NH_Black_Other",
            "NH_AIAN_Other", "NH_Asian_HPI", "NH_API_Other", "NH_Asian_HPI_Other");

    private CensusAreaFile() {
    }

    public static AreaTable read(Path file) {
        AreaTable.Builder builder = AreaTable.builder();
        new TableFile(file, COLUMNS).forEachRow(row -> {
            String zcta = row.text("ZCTA5");
            if (!zcta.matches("\\d{5}")) {
                throw row.reject("ZCTA5", "'" + zcta + "' is not a five-digit ZCTA");
            }
            if (zcta.startsWith("006") || zcta.startsWith("007") || zcta.startsWith("008") || zcta.startsWith("009")) {
                return;
            }
            double white = row.number("NH_White_alone", false) + row.number("NH_White_Other", false);
            double black = row.number("NH_Black_alone", false) + row.number("NH_Black_Other", false);
            double aian = row.number("NH_AIAN_alone", false) + row.number("NH_AIAN_Other", false);
            double api = row.number("NH_API_alone", false) + row.number("NH_API_Other", false)
                    + row.number("NH_Asian_HPI", false) + row.number("NH_Asian_HPI_Other", false);
            double folded = row.number("NH_White_Other", false) + row.number("NH_Black_Other", false)
                    + row.number("NH_AIAN_Other", false) + row.number("NH_API_Other", false)
                    + row.number("NH_Asian_HPI", false) + row.number("NH_Asian_HPI_Other", false);
            double multiracial = row.number("NH_Mult_Total", false) - folded;
            if (multiracial < 0) {
                throw row.reject("NH_Mult_Total", "smaller than the combinations it includes (" + folded + ")");
            }
            double other = row.number("NH_Other_alone", false);
            double nonHispanic = white + black + aian + api + multiracial;
            double spread = nonHispanic == 0 ? 0 : other / nonHispanic;
            try {
                builder.add(zcta, row.number("Hispanic_Total", false), white * (1 + spread), black * (1 + spread),
                        api * (1 + spread), aian * (1 + spread), multiracial * (1 + spread));
            } catch (IllegalArgumentException e) {
                throw row.reject("ZCTA5", e.getMessage());
            }
        });
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw new BisgTableRejected(file, 0, null, e.getMessage());
        }
    }
}
