package org.stratum.engine.real.census;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.Proportion;
import org.stratum.core.equity.suppression.ComplementarySuppression;
import org.stratum.core.equity.suppression.PublishedTable;
import org.stratum.core.equity.suppression.SuppressedTable;
import org.stratum.core.equity.suppression.SuppressionPolicy;

/**
 * The census comparison as it may be shown: every patient count through the core's complementary
 * suppression (per group: population = compared + not compared, compared = the categories; with
 * sites, the All patients row is the sum of the sites'), each shown share with its Wilson interval,
 * and the census share beside it only when the group's compared count is shown (a weighted census
 * share of a handful of patients would tell where they live).
 */
public final class PublishedCensusComparison {

    /** One category of one group: patients (count, share, interval) and the census share. */
    public record Line(CensusCategory category, OptionalLong patients, Optional<Proportion> share,
                      Optional<ConfidenceInterval> interval, OptionalDouble censusShare) {
        /** Whether the census share lies outside the patients' interval: a difference beyond chance. */
        public boolean outsideInterval() {
            return interval.isPresent() && censusShare.isPresent() && interval.get().excludes(censusShare.getAsDouble());
        }
    }

    public record Group(String label, OptionalLong population, OptionalLong compared, OptionalLong notCompared,
                        List<Line> lines) {
    }

    private PublishedCensusComparison() {
    }

    public static List<Group> of(List<CensusGroup> groups, SuppressionPolicy policy, ConfidenceLevel level) {
        PublishedTable.Builder table = PublishedTable.builder();
        int[][] cells = new int[groups.size()][];
        int size = CensusCategory.values().length;
        for (int r = 0; r < groups.size(); r++) {
            CensusGroup group = groups.get(r);
            int[] row = new int[size + 3];
            row[size] = table.shown(group.label() + " / patients", group.population());
            row[size + 1] = table.shown(group.label() + " / compared", group.compared());
            row[size + 2] = table.shown(group.label() + " / not compared", group.notCompared());
            List<Integer> categories = new ArrayList<>();
            for (CensusCategory category : CensusCategory.values()) {
                row[category.ordinal()] = table.shown(group.label() + " / " + category.label(),
                        group.patients().get(category));
                categories.add(row[category.ordinal()]);
            }
            table.sum(row[size + 1], categories);
            table.sum(row[size], List.of(row[size + 1], row[size + 2]));
            cells[r] = row;
        }
        int last = groups.size() - 1;
        if (last > 0) { // sites, then All patients: each of its cells is the sum of the sites'
            for (int c = 0; c < size + 3; c++) {
                List<Integer> column = new ArrayList<>();
                for (int r = 0; r < last; r++) {
                    column.add(cells[r][c]);
                }
                table.sum(cells[last][c], column);
            }
        }
        SuppressedTable suppressed = new ComplementarySuppression(policy).apply(table.build());
        List<Group> published = new ArrayList<>();
        for (int r = 0; r < groups.size(); r++) {
            CensusGroup group = groups.get(r);
            OptionalLong compared = suppressed.shown(cells[r][size + 1]);
            List<Line> lines = new ArrayList<>();
            for (CensusCategory category : CensusCategory.values()) {
                OptionalLong count = suppressed.shown(cells[r][category.ordinal()]);
                boolean withShare = count.isPresent() && compared.isPresent() && group.compared() > 0;
                Proportion share = withShare ? new Proportion(count.getAsLong(), group.compared()) : null;
                Double census = compared.isPresent() ? group.censusShare().get(category) : null;
                lines.add(new Line(category, count, Optional.ofNullable(share),
                        Optional.ofNullable(share).map(p -> p.wilson(level)),
                        census == null ? OptionalDouble.empty() : OptionalDouble.of(census)));
            }
            published.add(new Group(group.label(), suppressed.shown(cells[r][size]), compared,
                    suppressed.shown(cells[r][size + 2]), lines));
        }
        return published;
    }
}
