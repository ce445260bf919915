package org.stratum.app.web.explore;

import org.stratum.app.equity.StrataView;
import org.stratum.engine.equity.Stratum;

/**
 * The organisation's filtered patients by site and, once a site is chosen, that site's by clinician:
 * aggregate tables, each clinician row pointing to the patient list that explains it.
 *
 * @param site       the chosen site's id, or null
 * @param siteLabel  its name, or null
 * @param clinicians the chosen site's patients by clinician, or null
 */
public record DrillDown(StrataView sites, String site, String siteLabel, StrataView clinicians) {

    /** The outreach list of one clinician row (the contract with the outreach page). */
    public String outreach(Stratum clinician) {
        return ExplorePages.outreach(clinicians, clinician, site);
    }
}
