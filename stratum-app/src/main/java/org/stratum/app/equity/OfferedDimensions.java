package org.stratum.app.equity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * The dimensions this instance offers: every standard one, and the optional ones (sexual orientation,
 * gender identity, disability) an administrator has turned on with the setting {@value #SETTING}
 * (environment variable {@value #ENVIRONMENT}). Sexual orientation, gender identity and disability are
 * sensitive answers that an organisation reports on by its own decision, so they are off by default:
 * not offered in any list, and refused by name, saying how to turn them on.
 */
public final class OfferedDimensions {
    public static final String SETTING = "stratum.dimensions.optional";
    public static final String ENVIRONMENT = "STRATUM_DIMENSIONS_OPTIONAL";

    private final Set<StratifyingDimension> turnedOn;

    private OfferedDimensions(Set<StratifyingDimension> turnedOn) {
        this.turnedOn = turnedOn;
    }

    /** The standard dimensions only: every optional one off. */
    public static OfferedDimensions standardOnly() {
        return new OfferedDimensions(EnumSet.noneOf(StratifyingDimension.class));
    }

    /**
     * The standard dimensions and the optional ones named.
     *
     * @throws IllegalArgumentException when a name is not that of an optional dimension
     */
    public static OfferedDimensions withOptional(Collection<String> names) {
        Set<StratifyingDimension> turnedOn = EnumSet.noneOf(StratifyingDimension.class);
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            turnedOn.add(StratifyingDimension.fromParameter(name.strip()).filter(StratifyingDimension::optional)
                    .orElseThrow(() -> new IllegalArgumentException("'" + name.strip() + "' is not an optional"
                            + " dimension; the optional dimensions are " + optionalNames() + ".")));
        }
        return new OfferedDimensions(turnedOn);
    }

    /** The dimensions offered, in the engine's order. */
    public List<StratifyingDimension> all() {
        return Arrays.stream(StratifyingDimension.values()).filter(this::offers).toList();
    }

    public boolean offers(StratifyingDimension dimension) {
        return !dimension.optional() || turnedOn.contains(dimension);
    }

    /** An offered dimension by its short name; empty when there is none or it is off ({@link #refusal} says which). */
    public Optional<StratifyingDimension> find(String name) {
        return StratifyingDimension.fromParameter(name == null ? "" : name.strip()).filter(this::offers);
    }

    /** Why {@link #find} found nothing: not a dimension (listing those offered), or an optional one that is off. */
    public String refusal(String name) {
        Optional<StratifyingDimension> off = StratifyingDimension.fromParameter(name == null ? "" : name.strip());
        if (off.isPresent() && !offers(off.get())) {
            return "'" + off.get().parameter() + "' is an optional dimension, off on this instance: an administrator can"
                    + " turn it on with the setting " + SETTING + "=" + off.get().parameter() + " (environment variable "
                    + ENVIRONMENT + "), see docs/dimensions.md.";
        }
        return "'" + name + "' is not a dimension; use " + all().stream().map(StratifyingDimension::parameter)
                .collect(Collectors.joining(", ")) + ".";
    }

    private static String optionalNames() {
        return Arrays.stream(StratifyingDimension.values()).filter(StratifyingDimension::optional)
                .map(StratifyingDimension::parameter).collect(Collectors.joining(", "));
    }
}
