package org.stratum.app.annotations;

import java.util.List;

/**
 * Where monitoring charts find their annotations. The workflow (PDSA cycles) provides them and the
 * dashboards draw them; neither knows the other, only this. Spring injects every implementation,
 * so a chart asks all of them.
 */
public interface ChartAnnotations {

    /** Every annotation for one measure, any stratum, oldest first. */
    List<ChartAnnotation> forMeasure(String measureId);
}
