package org.stratum.core.equity.disparity;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stratum.core.equity.rate.PheFixture;

/**
 * One test case of PHEindicatormethods' {@code testdata_SII}: an area's quantile rows under one test
 * description, with the function arguments that description implies (see {@code testSII.R}).
 */
record PheSiiBlock(String description, String area, List<NamedCsvRecord> rows) {

    /** Every block whose first row carries expected results (the error and warning cases carry none). */
    static List<PheSiiBlock> withResults() {
        Map<String, List<NamedCsvRecord>> blocks = new LinkedHashMap<>();
        for (NamedCsvRecord row : PheFixture.rows("testdata_SII__testdata_SII")) {
            blocks.computeIfAbsent(row.getField("TestDescription") + "|" + row.getField("Area"), k -> new ArrayList<>())
                    .add(row);
        }
        List<PheSiiBlock> result = new ArrayList<>();
        blocks.forEach((key, rows) -> {
            rows.sort(Comparator.comparingInt(r -> Integer.parseInt(r.getField("Quantile"))));
            if (!PheFixture.blank(rows.get(0), "sii")) {
                result.add(new PheSiiBlock(rows.get(0).getField("TestDescription"), rows.get(0).getField("Area"), rows));
            }
        });
        return result;
    }

    NamedCsvRecord first() {
        return rows.get(0);
    }

    ValueScale scale() {
        return ValueScale.values()[(int) PheFixture.number(first(), "ValueType")];
    }

    /** PHE's {@code transform = TRUE} cases, which its descriptions name. */
    boolean transformed() {
        return description.contains("transform");
    }

    /** PHE's {@code multiplier}: ×100, ×−100, −1 as the descriptions say, else 1. */
    double multiplier() {
        if (description.contains("x -100")) {
            return -100;
        }
        if (description.contains("x 100")) {
            return 100;
        }
        return description.contains("negative multiplier") ? -1 : 1;
    }

    /** The groups in quantile order, with the standard error column (on the transformed scale for rates and proportions). */
    List<GroupEstimate> groups() {
        return rows.stream().map(r -> new GroupEstimate("q" + r.getField("Quantile"), PheFixture.number(r, "Value"),
                PheFixture.number(r, "StandardError"), PheFixture.number(r, "Population"))).toList();
    }

    @Override
    public String toString() {
        return description + " / " + area;
    }
}
