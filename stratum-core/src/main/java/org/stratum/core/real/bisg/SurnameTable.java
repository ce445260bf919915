package org.stratum.core.real.bisg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * P(group | surname) from the Census Bureau's 2010 surname list, keyed the way the Census wrote the
 * names: upper-case A to Z only, punctuation and spaces removed, generational suffixes dropped.
 */
public final class SurnameTable {
    private static final Pattern NOT_LETTER = Pattern.compile("[^A-Z]");
    private static final Pattern PART_SEPARATOR = Pattern.compile("[\\s\\-]+");
    private static final Set<String> SUFFIXES = Set.of("JR", "SR", "II", "III", "IV");

    private final Map<String, GroupProbabilities> byName;

    private SurnameTable(Map<String, GroupProbabilities> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return byName.size();
    }

    /**
     * The surname's probabilities, empty when it is not on the list. A double-barrelled name is
     * looked up joined (as the Census keyed SMITH-JONES: SMITHJONES), then by its first part on the
     * list, then its last.
     */
    public Optional<GroupProbabilities> lookup(String surname) {
        if (surname == null) {
            return Optional.empty();
        }
        String upper = surname.toUpperCase(Locale.ROOT).replace("'", "").strip();
        List<String> parts = new ArrayList<>();
        for (String part : PART_SEPARATOR.split(upper)) {
            String letters = NOT_LETTER.matcher(part).replaceAll("");
            if (!letters.isEmpty() && !SUFFIXES.contains(letters)) {
                parts.add(letters);
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        GroupProbabilities joined = byName.get(String.join("", parts));
        if (joined != null || parts.size() == 1) {
            return Optional.ofNullable(joined);
        }
        GroupProbabilities first = byName.get(parts.get(0));
        return Optional.ofNullable(first != null ? first : byName.get(parts.get(parts.size() - 1)));
    }

    /** Collects the list's rows. */
    public static final class Builder {
        private final Map<String, GroupProbabilities> byName = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds one row of the list: its percentages in {@link BisgGroup} order, {@code null} where the
         * Census suppressed the cell ("(S)"). As the CFPB and the Census do, the percentage left over
         * by the known cells is shared equally among the suppressed ones.
         *
         * @throws IllegalArgumentException if the name is not upper-case A–Z, is already on the list,
         *                                  or the percentages are negative or add up to more than 100.5
         */
        public Builder add(String name, Double... percents) {
            if (name == null || name.isEmpty() || NOT_LETTER.matcher(name).find()) {
                throw new IllegalArgumentException("a surname must be upper-case letters A to Z, not '" + name + "'");
            }
            if (percents.length != BisgGroup.values().length) {
                throw new IllegalArgumentException("expected " + BisgGroup.values().length + " percentages");
            }
            double known = 0;
            int suppressed = 0;
            for (Double percent : percents) {
                if (percent == null) {
                    suppressed++;
                } else if (!(percent >= 0 && percent <= 100)) {
                    throw new IllegalArgumentException("a percentage must be from 0 to 100, not " + percent);
                } else {
                    known += percent;
                }
            }
            if (known > 100.5) {
                throw new IllegalArgumentException("the percentages add up to " + known + ", more than 100");
            }
            double share = suppressed == 0 ? 0 : Math.max(0, 100 - known) / suppressed;
            double[] weights = new double[percents.length];
            for (int i = 0; i < percents.length; i++) {
                weights[i] = percents[i] == null ? share : percents[i];
            }
            if (byName.putIfAbsent(name, GroupProbabilities.normalise(weights)) != null) {
                throw new IllegalArgumentException("the surname " + name + " is on the list twice");
            }
            return this;
        }

        public SurnameTable build() {
            return new SurnameTable(byName);
        }
    }
}
