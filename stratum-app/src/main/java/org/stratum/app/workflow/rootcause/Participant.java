package org.stratum.app.workflow.rootcause;

/** Someone who took part in a root-cause analysis. */
public record Participant(String name, Perspective perspective) {
}
