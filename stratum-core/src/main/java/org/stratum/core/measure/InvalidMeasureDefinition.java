package org.stratum.core.measure;

import java.util.List;

/**
 * A measure definition that cannot be used, with every problem found: each names the file, the
 * field and the reason, e.g. {@code my-measure.yaml: groups[1].numerator: unknown value set vs_foo}.
 */
public class InvalidMeasureDefinition extends RuntimeException {
    private final List<String> problems;

    public InvalidMeasureDefinition(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in measure definitions:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
