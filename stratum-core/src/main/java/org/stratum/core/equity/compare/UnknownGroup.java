package org.stratum.core.equity.compare;

/** Thrown when a named reference group is not among the groups being compared. */
public final class UnknownGroup extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String group;

    public UnknownGroup(String group) {
        super("No group named '" + group + "' among the groups compared");
        this.group = group;
    }

    /** The name that was asked for. */
    public String group() {
        return group;
    }
}
