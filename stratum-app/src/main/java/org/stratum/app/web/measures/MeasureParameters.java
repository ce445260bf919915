package org.stratum.app.web.measures;

import java.util.List;
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

    static StratifyingDimension dimension(String by) {
        return StratifyingDimension.fromParameter(by == null ? "race-2024" : by)
                .orElseThrow(() -> new BadMeasureRequest("by", "'" + by + "' is not a dimension; use one of "
                        + String.join(", ", List.of(StratifyingDimension.values()).stream()
                                .map(StratifyingDimension::parameter).toList()) + "."));
    }
}
