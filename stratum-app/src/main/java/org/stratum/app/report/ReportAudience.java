package org.stratum.app.report;

import java.util.Locale;

/**
 * Who the equity report is for. Both versions are suppressed (no count of 1 to 10 anywhere); the
 * community version also leaves out site- and clinician-level detail.
 */
public enum ReportAudience {
    LEADERSHIP("Leadership and board"),
    COMMUNITY("Community");

    private final String label;

    ReportAudience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the report may show detail by site and clinician. */
    public boolean showsSitesAndClinicians() {
        return this == LEADERSHIP;
    }
}
