package org.stratum.app.web.measures;

import org.stratum.app.equity.OfferedDimensions;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.engine.equity.StratifyingDimension;

/** The parameters the measure pages share, each checked and named in the message when it is wrong. */
final class MeasureParameters {
    private MeasureParameters() {
    }

    static MeasureDefinition measure(MeasureLibrary library, String id) {
        return library.find(id)
                .orElseThrow(() -> new UnknownMeasurePage("There is no measure '" + id + "' in the library."));
    }

    static MeasureGroup group(MeasureDefinition measure, String asked) {
        return asked == null || asked.isBlank() ? measure.groups().get(0)
                : measure.group(asked).orElseThrow(() -> new BadMeasureRequest("group",
                        measure.displayName() + " has no group '" + asked + "'."));
    }

    /** The dimension asked for (race-2024 when none), which must be offered; an optional one only when turned on. */
    static StratifyingDimension dimension(OfferedDimensions offered, String by) {
        String name = by == null ? StratifyingDimension.RACE_2024.parameter() : by;
        return offered.find(name).orElseThrow(() -> new BadMeasureRequest("by", offered.refusal(name)));
    }
}
