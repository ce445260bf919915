package org.stratum.app.workflow.efforts;

import org.stratum.app.workflow.Changed;

/**
 * An improvement effort of a cycle (toolkit Opportunity 5): its equity aim, the stakeholders engaged
 * and the change ideas, as free text; co-design sessions and PDSA cycles hang off it.
 */
public record ImprovementEffort(long id, long cycleId, String title, EquityAim aim, String stakeholders,
        String changeIdeas, Changed changed) {
}
