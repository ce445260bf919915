package org.stratum.core.measure;

import java.util.List;

/** A measure asked for by a name no definition answers to. */
public class UnknownMeasure extends RuntimeException {
    public UnknownMeasure(String name, List<String> known) {
        super("There is no measure called '" + name + "'. Known measures: " + String.join(", ", known) + ".");
    }
}
