package org.stratum.core.toolkit;

import java.util.Optional;

/**
 * The nine key drivers of the toolkit's driver diagram (Figure 1). Two are foundational; the other
 * seven each correspond to one opportunity on the roadmap.
 */
public enum KeyDriver {
    SHARED_UNDERSTANDING("Shared foundational understanding of racism and racial health equity", null),
    ANTI_RACIST_NORMS("Shared norms and commitment to becoming a multicultural, anti-racist organization", null),
    ORGANIZED_TEAMS("Organized teams that include people who belong to historically marginalized communities",
            Opportunity.ORGANIZE_TEAMS),
    REAL_DATA_SYSTEMS("Data collection and reporting systems for race, ethnicity, and language (REAL)",
            Opportunity.COLLECT_REAL_DATA),
    STRATIFIED_MEASURES("Ability to prioritize and stratify measures by REAL data",
            Opportunity.STRATIFY_MEASURES),
    ROOT_CAUSE_ANALYSIS("Ability to analyze and identify root causes of identified racial health inequities",
            Opportunity.ROOT_CAUSES),
    CO_DESIGNED_EFFORTS("Ability to co-design equity-focused improvement efforts that address root causes",
            Opportunity.CO_DESIGN),
    MONITORING_DASHBOARDS("Dashboards and systems to monitor and guide racial equity-focused improvement efforts",
            Opportunity.MONITOR),
    INSTITUTIONAL_TRANSFORMATION("Ability to inform and accelerate equity-focused institutional and community transformation",
            Opportunity.INSTITUTIONAL_TRANSFORMATION);

    private final String statement;
    private final Opportunity opportunity;

    KeyDriver(String statement, Opportunity opportunity) {
        this.statement = statement;
        this.opportunity = opportunity;
    }

    public String statement() {
        return statement;
    }

    /** Foundational drivers inform all the work rather than mapping to one opportunity. */
    public boolean isFoundational() {
        return opportunity == null;
    }

    public Optional<Opportunity> opportunity() {
        return Optional.ofNullable(opportunity);
    }
}
