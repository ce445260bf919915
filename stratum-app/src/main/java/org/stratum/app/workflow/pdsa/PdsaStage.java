package org.stratum.app.workflow.pdsa;

/** Where a PDSA cycle is: what it waits for next. */
public enum PdsaStage {
    /** Planned; the change has not been run to its end yet. */
    DOING("Plan written; testing the change"),
    /** The change ran; the team has yet to study what happened. */
    AWAITING_STUDY("Awaiting study"),
    /** Studied; the team has yet to decide. */
    AWAITING_ACT("Awaiting a decision"),
    /** Decided: adopted, adapted or abandoned. */
    DECIDED("Decided");

    private final String label;

    PdsaStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
