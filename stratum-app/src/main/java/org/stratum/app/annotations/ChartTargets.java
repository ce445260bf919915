package org.stratum.app.annotations;

import java.util.List;

/**
 * Where monitoring charts find the targets strata are judged against. The workflow (improvement
 * efforts' equity aims) provides them and the dashboards use them, as with {@link ChartAnnotations}.
 */
public interface ChartTargets {

    /** Every target set for one measure, any stratum. */
    List<ChartTarget> forMeasure(String measureId);
}
