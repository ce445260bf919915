package org.stratum.app.equity;

import java.util.Objects;
import org.stratum.core.equity.compare.Reference;

/**
 * What the strata are compared with: one of the {@link ReferenceOption}s, or one stratum named by
 * its label (the command line's and the API's {@code reference=VALUE}).
 *
 * @param option the option, or null for a named stratum
 * @param group  the named stratum's label, or null
 */
public record StratumReference(ReferenceOption option, String group) {

    public StratumReference {
        if ((option == null) == (group == null)) {
            throw new IllegalArgumentException("A reference is an option or a named stratum, not both or neither");
        }
    }

    public static StratumReference of(ReferenceOption option) {
        return new StratumReference(Objects.requireNonNull(option), null);
    }

    public static StratumReference named(String group) {
        return new StratumReference(null, Objects.requireNonNull(group));
    }

    /** Whether the reference is one of the strata, chosen or named among those that may be shown. */
    public boolean isGroup() {
        return option == null || option.isGroup();
    }

    Reference reference() {
        return option == null ? Reference.group(group) : option.reference();
    }

    /** How the reference is written on a report before it is resolved: "Everyone else", "Asian". */
    public String label() {
        return option == null ? group : option.label();
    }

    /** The parameter that asks for it again. */
    public String parameter() {
        return option == null ? group : option.parameter();
    }
}
