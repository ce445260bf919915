package org.stratum.engine.equity;

import java.util.List;
import org.stratum.core.equity.compare.GroupCount;

/**
 * One cell of a stratified view: the value of each dimension (as {@code --filter} takes it), how the
 * dashboards name the cell, its eligible patients and how many of them meet the measure.
 */
public record Stratum(List<String> key, String label, long eligible, long met) {

    public Stratum {
        key = List.copyOf(key);
    }

    /** The counts under the cell's label, as the core's statistics take them. */
    public GroupCount count() {
        return new GroupCount(label, met, eligible);
    }
}
