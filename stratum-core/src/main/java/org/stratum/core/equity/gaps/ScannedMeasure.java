package org.stratum.core.equity.gaps;

import java.util.Objects;
import org.stratum.core.equity.Direction;

/**
 * A measure (or one population group of a measure with several) as the gap finder reports it.
 *
 * @param id        a stable identifier, e.g. {@code controlling-high-blood-pressure}, with the group
 *                  appended for a measure of several groups
 * @param name      how a report names it, e.g. "CMS165 Controlling High Blood Pressure"
 * @param direction which way it improves; gaps are judged on the adverse outcome
 */
public record ScannedMeasure(String id, String name, Direction direction) {

    public ScannedMeasure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
    }

    public boolean higherIsBetter() {
        return direction == Direction.HIGHER_IS_BETTER;
    }
}
