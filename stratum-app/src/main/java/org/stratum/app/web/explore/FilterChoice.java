package org.stratum.app.web.explore;

import java.util.List;
import org.stratum.engine.equity.StratifyingDimension;

/** A dimension the patients can be filtered by on the Explore page, with its values and which are ticked. */
public record FilterChoice(StratifyingDimension dimension, List<Option> options) {

    /** @param filter the {@code DIM=VALUE} a ticked box sends */
    public record Option(String filter, String label, boolean checked) {
    }

    public long checked() {
        return options.stream().filter(Option::checked).count();
    }
}
