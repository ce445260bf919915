package org.stratum.app.web.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stratum.app.equity.OfferedDimensions;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * No count of 1 to 10 on the measure pages, for any role: every measure by every dimension, on
 * in its CSV, on the page by race and ethnicity (the page shows the CSV's rows), and on the overview. The population is small enough to have small strata,
 * so the test also checks that some were hidden.
 */
class MeasurePagesSuppressionTests extends MeasuredPages {
    /** A table cell holding a whole number, e.g. {@code <td class="number">1,234</td>}: only counts are such. */
    private static final Pattern COUNT_CELL = Pattern.compile("<td class=\"number[^\"]*\">\\s*([\\d,]+)\\s*</td>");
    private static final SuppressionPolicy POLICY = SuppressionPolicy.CMS;
    private static final Set<StratifyingDimension> ON_THE_PAGE = EnumSet.of(StratifyingDimension.RACE_2024);

    @Test
    void noMeasurePageOrCsvShowsACountOfOneToTen() {
        int suppressedRows = 0;
        int countsChecked = 0;
        for (MeasureDefinition measure : MeasureLibrary.builtIn().measures()) {
            for (MeasureGroup group : measure.groups()) {
                // Every dimension offered for a measure's first group (the optional ones are off here), race
                // and ethnicity for the others: each view costs a stratification of the whole population, and
                // the other groups share the patients.
                for (StratifyingDimension dimension : group.equals(measure.groups().get(0))
                        ? OfferedDimensions.standardOnly().all() : List.of(StratifyingDimension.RACE_2024)) {
                    String query = "?period=2025&group=" + group.id() + "&by=" + dimension.parameter();
                    String where = measure.id() + query;
                    if (ON_THE_PAGE.contains(dimension)) { // the page shows the CSV's rows; each view costs a stratification
                        for (String count : counts(page("viewer", "/measures/" + measure.id() + query))) {
                            assertThat(POLICY.isSmall(Long.parseLong(count.replace(",", "")))).as(where + " " + count).isFalse();
                            countsChecked++;
                        }
                    }
                    for (Map<String, String> row : StratumCsvRows.read(
                            page("viewer", "/measures/" + measure.id() + "/table.csv" + query))) {
                        assertNoSmallCount(where, row);
                        suppressedRows += row.get("suppressed").equals("true") ? 1 : 0;
                    }
                }
            }
        }
        assertThat(countsChecked).isGreaterThan(100);
        assertThat(suppressedRows).as("strata hidden somewhere in a population this small").isPositive();
    }

    @Test
    void theOverviewShowsNoCountOfOneToTenForAnyRole() {
        for (String role : List.of("admin", "analyst", "viewer")) {
            String page = page(role, "/measures");
            List<String> counts = counts(page);
            assertThat(counts).isNotEmpty();
            counts.forEach(c -> assertThat(POLICY.isSmall(Long.parseLong(c.replace(",", "")))).as(c).isFalse());
        }
    }

    /** Shown counts, and the patients not meeting the measure they reveal, are 0 or at least 11. */
    private static void assertNoSmallCount(String where, Map<String, String> row) {
        String denominator = row.get("denominator");
        String numerator = row.get("numerator");
        for (String count : new String[] {denominator, numerator}) {
            if (!count.isEmpty()) {
                assertThat(POLICY.isSmall(Long.parseLong(count))).as(where + " " + row).isFalse();
            }
        }
        if (!denominator.isEmpty() && !numerator.isEmpty()) {
            assertThat(POLICY.isSmall(Long.parseLong(denominator) - Long.parseLong(numerator))).as(where + " " + row).isFalse();
        } else {
            assertThat(row.get("rate")).as(where + " " + row).isEmpty();
            assertThat(row.get("p_value")).as(where + " " + row).isEmpty();
        }
    }

    private static List<String> counts(String page) {
        List<String> counts = new ArrayList<>();
        Matcher cell = COUNT_CELL.matcher(page);
        while (cell.find()) {
            counts.add(cell.group(1));
        }
        return counts;
    }
}
