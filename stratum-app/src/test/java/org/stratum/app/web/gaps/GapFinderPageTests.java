package org.stratum.app.web.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import org.stratum.app.web.measures.MeasuredPages;
import org.stratum.app.web.measures.MeasuredWarehouse;
import org.stratum.core.equity.decomposition.StratumContribution;
import org.stratum.core.equity.gaps.Gap;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.equity.gaps.GapDecomposition;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.engine.equity.GapScan;
import org.stratum.engine.measure.CustomMeasures;
import org.stratum.engine.warehouse.DataDirectory;

/** The gap finder page against the engine's own scan and the core's decomposition over the same warehouse. */
class GapFinderPageTests extends MeasuredPages {
    /** A lenient rate and small groups, as a few thousand patients need to show gaps, some resting on small counts. */
    private static final String LENIENT = "period=2025&fdr=0.9&min-group=11";
    private static final Pattern ROW = Pattern.compile(
            "<tr[^>]*>\\s*<th scope=\"row\">([^<]*)</th>\\s*<td class=\"number\">([^<]*)</td>\\s*"
                    + "<td class=\"number\">([^<]*)</td>\\s*<td class=\"number\">([^<]*)</td>");

    @Test
    void theGapsAreTheScansRankingWithTheCoresExplanations() {
        List<Gap> gaps = scan();
        assertThat(gaps).isNotEmpty();

        String page = HtmlUtils.htmlUnescape(page("viewer", "/gaps?" + LENIENT));

        int shown = Math.min(20, gaps.size());
        int previous = -1;
        for (int rank = 1; rank <= shown; rank++) {
            Gap gap = gaps.get(rank - 1);
            int at = page.indexOf("id=\"gap-" + rank + "\"");
            assertThat(at).as("gap %d is listed after gap %d", rank, rank - 1).isGreaterThan(previous);
            previous = at;
            if (gap.disclosable(SuppressionPolicy.CMS)) {
                assertThat(page.substring(at)).contains(gap.explanation());
            }
        }
        assertThat(page).doesNotContain("id=\"gap-" + (shown + 1) + "\"");
    }

    @Test
    void aChosenGapsDecompositionIsTheCoresContributionByContribution() {
        List<Gap> gaps = scan();
        int rank = firstDecomposable(gaps);
        Gap gap = gaps.get(rank - 1);

        String page = HtmlUtils.htmlUnescape(page("viewer", "/gaps?" + LENIENT + "&gap=" + rank));

        for (GapDecomposition decomposition : gap.decompositions()) {
            String table = table(page, decomposition.factor());
            assertThat(page).contains(decomposition.explanation());
            List<String[]> rows = rows(table);
            List<StratumContribution> strata = decomposition.kitagawa().strata();
            assertThat(rows).hasSize(strata.size() + 1);
            for (int i = 0; i < strata.size(); i++) {
                assertThat(rows.get(i)[1]).isEqualTo(points(strata.get(i).composition()));
                assertThat(rows.get(i)[2]).isEqualTo(points(strata.get(i).rate()));
            }
            String[] total = rows.get(strata.size());
            assertThat(total[0]).isEqualTo("Total");
            assertThat(total[1]).isEqualTo(points(decomposition.kitagawa().composition()));
            assertThat(total[2]).isEqualTo(points(decomposition.kitagawa().rate()));
            // The decomposition is of the very gap listed: group minus everyone else in its slice.
            assertThat(total[3]).isEqualTo(points(gap.groupRate() - gap.referenceRate()));
        }
        assertThat(page).contains("<svg").contains("class=\"contribution contribution--composition\"");
    }

    @Test
    void analystsGetEachGapsOutreachListAndViewersDoNot() {
        assertThat(page("analyst", "/gaps?" + LENIENT)).contains("href=\"/outreach?measure=");
        assertThat(page("viewer", "/gaps?" + LENIENT)).doesNotContain("/outreach?");
    }

    @Test
    void aGapNotOnThePageIsNamedOnA400Page() {
        assertThat(get("viewer", "/gaps?" + LENIENT + "&gap=999")).hasStatus(400).bodyText().contains("The gap cannot be used");
        assertThat(get("viewer", "/gaps?period=someday")).hasStatus(400).bodyText().contains("is not a period");
        assertThat(get("viewer", "/gaps?min-group=5")).hasStatus(400).bodyText().contains("The min-group cannot be used");
        assertThat(get("viewer", "/gaps?fdr=1.5")).hasStatus(400).bodyText().contains("The fdr cannot be used");
        assertThat(HtmlUtils.htmlUnescape(page("viewer", "/gaps?period=someday")))
                .contains("'someday' is not a period: write START/END, e.g. 2025-01-01/2025-12-31");
        assertThat(HtmlUtils.htmlUnescape(page("viewer", "/gaps?" + LENIENT + "&gap=999")))
                .containsPattern("'999' is not a gap on this page: choose a rank from 1 to \\d+\\.");
    }

    private List<Gap> scan() {
        return new GapScan(warehouse).scan(CustomMeasures.load(DataDirectory.at(DATA_DIR), warehouse).measures(),
                MeasuredWarehouse.YEAR,
                GapCriteria.defaults().withFalseDiscoveryRate(0.9).withMinimumGroupSize(11)).findings().gaps();
    }

    private static int firstDecomposable(List<Gap> gaps) {
        for (int i = 0; i < Math.min(20, gaps.size()); i++) {
            if (gaps.get(i).disclosable(SuppressionPolicy.CMS) && !gaps.get(i).decompositions().isEmpty()) {
                return i + 1;
            }
        }
        throw new AssertionError("no shown gap with numbers and a decomposition");
    }

    private static String table(String page, String factor) {
        int start = page.indexOf("id=\"decomposition-" + factor + "\"");
        assertThat(start).as("table for %s", factor).isPositive();
        return page.substring(start, page.indexOf("</table>", start));
    }

    private static List<String[]> rows(String table) {
        Matcher matcher = ROW.matcher(table);
        List<String[]> rows = new ArrayList<>();
        while (matcher.find()) {
            rows.add(new String[] {matcher.group(1).trim(), matcher.group(2), matcher.group(3), matcher.group(4)});
        }
        return rows;
    }

    private static String points(double value) {
        return String.format(Locale.ROOT, "%+.1f pts", 100 * value);
    }
}
