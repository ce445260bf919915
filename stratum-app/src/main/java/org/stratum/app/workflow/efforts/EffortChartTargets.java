package org.stratum.app.workflow.efforts;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stratum.app.annotations.ChartTarget;
import org.stratum.app.annotations.ChartTargets;

/** Each improvement effort's equity aim, as the target of its stratum's monitoring chart. */
@Component
class EffortChartTargets implements ChartTargets {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ImprovementEfforts efforts;

    EffortChartTargets(ImprovementEfforts efforts) {
        this.efforts = efforts;
    }

    @Override
    public List<ChartTarget> forMeasure(String measureId) {
        return efforts.list().stream().filter(effort -> effort.aim().measureId().equals(measureId)).map(effort -> {
            EquityAim aim = effort.aim();
            return new ChartTarget(measureId, aim.dimension().parameter(), aim.stratum(),
                    aim.targetPercent().divide(HUNDRED).doubleValue(), aim.targetDate(),
                    "Aim: " + aim.targetPercent().stripTrailingZeros().toPlainString() + "% by " + aim.targetDate()
                            + " (" + effort.title() + ")", "/efforts/" + effort.id());
        }).toList();
    }
}
