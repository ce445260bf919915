package org.stratum.core.real.bisg;

import java.util.Locale;

/**
 * One patient's imputed probabilities and what they rest on. An imputation is for population
 * estimates only: it is never a patient's race.
 */
public record Imputation(GroupProbabilities probabilities, Basis basis) {

    /** Which of the two pieces of evidence the probabilities use. */
    public enum Basis {
        SURNAME_AND_AREA("surname and area"),
        SURNAME_ONLY("surname only"),
        AREA_ONLY("area only");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
