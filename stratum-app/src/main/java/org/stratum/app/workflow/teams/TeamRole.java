package org.stratum.app.workflow.teams;

/**
 * The roles on an improvement team (toolkit Opportunity 1). Patient and community partners are what
 * the toolkit asks teams to include: people from the communities most affected, at the table.
 */
public enum TeamRole {
    EXECUTIVE_SPONSOR("Executive sponsor"),
    QI_LEAD("Quality improvement lead"),
    DATA_ANALYST("Data analyst"),
    CLINICIAN("Clinician"),
    FRONTLINE_STAFF("Frontline staff"),
    PATIENT_PARTNER("Patient partner"),
    COMMUNITY_PARTNER("Community partner");

    private final String label;

    TeamRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the role brings patients' or the community's own voice. */
    public boolean isPatientOrCommunity() {
        return this == PATIENT_PARTNER || this == COMMUNITY_PARTNER;
    }
}
