package org.stratum.engine.measure;

import org.stratum.core.measure.MeasureDefinition;

/** Hears about a measure run as it goes, e.g. to show progress on a terminal. */
public interface RunListener {
    RunListener SILENT = new RunListener() {
    };

    default void started(MeasureDefinition measure, int index, int count) {
    }

    default void finished(MeasureOutcome outcome) {
    }
}
