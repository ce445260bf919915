package org.stratum.app.web.quality;

import java.util.List;
import org.stratum.engine.real.census.PublishedCensusComparison;

/** The census comparison as the page shows it: hidden counts and shares are null (a dash). */
public record CensusTableView(List<Group> groups, boolean adultsOnly) {

    public record Line(String category, Long patients, Double share, Double low, Double high, Double census,
                boolean outsideInterval) {
    }

    public record Group(String label, Long population, Long compared, Long notCompared, List<Line> lines) {
    }

    static CensusTableView of(List<PublishedCensusComparison.Group> published, boolean adultsOnly) {
        return new CensusTableView(published.stream().map(g -> new Group(g.label(),
                g.population().isPresent() ? g.population().getAsLong() : null,
                g.compared().isPresent() ? g.compared().getAsLong() : null,
                g.notCompared().isPresent() ? g.notCompared().getAsLong() : null,
                g.lines().stream().map(l -> new Line(l.category().label(),
                        l.patients().isPresent() ? l.patients().getAsLong() : null,
                        l.share().map(p -> p.value()).orElse(null),
                        l.interval().map(i -> i.lower()).orElse(null),
                        l.interval().map(i -> i.upper()).orElse(null),
                        l.censusShare().isPresent() ? l.censusShare().getAsDouble() : null,
                        l.outsideInterval())).toList())).toList(), adultsOnly);
    }
}
