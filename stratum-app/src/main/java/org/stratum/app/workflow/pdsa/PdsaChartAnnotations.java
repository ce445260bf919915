package org.stratum.app.workflow.pdsa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stratum.app.annotations.ChartAnnotation;
import org.stratum.app.annotations.ChartAnnotations;
import org.stratum.app.workflow.efforts.EquityAim;
import org.stratum.app.workflow.efforts.ImprovementEfforts;

/**
 * The start of every PDSA cycle's change, as an annotation on the charts of the measure its effort
 * aims at, for the effort's stratum; where the team chose so, the start begins a new SPC baseline.
 */
@Component
public class PdsaChartAnnotations implements ChartAnnotations {

    private final PdsaCycles cycles;
    private final ImprovementEfforts efforts;

    public PdsaChartAnnotations(PdsaCycles cycles, ImprovementEfforts efforts) {
        this.cycles = cycles;
        this.efforts = efforts;
    }

    @Override
    public List<ChartAnnotation> forMeasure(String measureId) {
        Map<Long, EquityAim> aims = new HashMap<>();
        return cycles.forMeasure(measureId).stream().map(cycle -> {
            EquityAim aim = aims.computeIfAbsent(cycle.effortId(), id -> efforts.get(id).aim());
            return new ChartAnnotation(measureId, aim.dimension().parameter(), aim.stratum(), cycle.startsOn(),
                    "PDSA: " + cycle.changeTested(), "/pdsa/" + cycle.id(), cycle.startsNewPhase());
        }).toList();
    }
}
