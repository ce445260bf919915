package org.stratum.app.equity;

import java.util.Arrays;
import java.util.Optional;
import org.stratum.core.equity.compare.Reference;

/** The reference groups a person can compare the strata with on the measure page. */
public enum ReferenceOption {
    REST("rest", "Everyone else", Reference.everyoneElse()),
    BEST("best", "Best-performing group", Reference.bestGroup()),
    LARGEST("largest", "Largest group", Reference.largestGroup()),
    OVERALL("overall", "Overall rate", Reference.overall());

    private final String parameter;
    private final String label;
    private final Reference reference;

    ReferenceOption(String parameter, String label, Reference reference) {
        this.parameter = parameter;
        this.label = label;
        this.reference = reference;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    public Reference reference() {
        return reference;
    }

    /** Whether the reference is one of the strata, chosen among those that may be shown. */
    public boolean isGroup() {
        return this == BEST || this == LARGEST;
    }

    public static Optional<ReferenceOption> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(o -> o.parameter.equals(parameter)).findFirst();
    }
}
