package org.stratum.core.equity.rate;

import java.util.List;
import java.util.Objects;

/**
 * A standard population for direct age standardisation: ordered, non-overlapping age bands with
 * weights. Two are built in (sources in {@code standard-populations.csv}'s README beside this class):
 * the European Standard Population 2013 ({@link #esp2013()}, 19 bands) and the 2000 U.S. standard
 * population in NCHS's 11 age groups ({@link #us2000()}).
 */
public final class StandardPopulation {

    private final String name;
    private final List<StandardAgeBand> bands;
    private final double totalWeight;

    private StandardPopulation(String name, List<StandardAgeBand> bands) {
        this.name = name;
        this.bands = bands;
        this.totalWeight = bands.stream().mapToDouble(StandardAgeBand::weight).sum();
    }

    /**
     * A standard population of one's own, e.g. the 1976 European standard or a practice's own
     * registered list.
     *
     * @throws IllegalArgumentException without bands, with overlapping or unordered bands, or with no weight in total
     */
    public static StandardPopulation of(String name, List<StandardAgeBand> bands) {
        Objects.requireNonNull(name, "name");
        List<StandardAgeBand> copy = List.copyOf(bands);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("Standard population " + name + " has no age bands");
        }
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).fromAge() <= copy.get(i - 1).toAge()) {
                throw new IllegalArgumentException("Standard population " + name + ": band " + copy.get(i).label()
                        + " overlaps or precedes " + copy.get(i - 1).label());
            }
        }
        StandardPopulation standard = new StandardPopulation(name, copy);
        if (!(standard.totalWeight > 0)) {
            throw new IllegalArgumentException("Standard population " + name + " has no weight");
        }
        return standard;
    }

    /** The European Standard Population 2013: 0–4, 5–9 … 85–89, 90+, per 100,000. */
    public static StandardPopulation esp2013() {
        return StandardPopulationTable.ESP2013;
    }

    /** The 2000 U.S. standard population, NCHS's 11 groups: under 1, 1–4, 5–14 … 75–84, 85+, per million. */
    public static StandardPopulation us2000() {
        return StandardPopulationTable.US2000;
    }

    /** The standard's name, e.g. "ESP2013". */
    public String name() {
        return name;
    }

    /** The bands, youngest first. */
    public List<StandardAgeBand> bands() {
        return bands;
    }

    /** The number of bands. */
    public int size() {
        return bands.size();
    }

    /** The sum of the weights (100,000 for ESP2013, 1,000,000 for US2000). */
    public double totalWeight() {
        return totalWeight;
    }

    /**
     * The band that holds a person of this age.
     *
     * @throws IllegalArgumentException if no band covers the age
     */
    public StandardAgeBand bandFor(int age) {
        return bands.stream().filter(b -> b.contains(age)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("Standard population " + name + " has no band for age " + age));
    }

    @Override
    public String toString() {
        return name + " (" + bands.size() + " bands)";
    }
}
