package org.stratum.app.web.outreach;

import org.stratum.engine.equity.OutreachPage;

/**
 * One page of an outreach list as served: what was asked, the patients on the page, where the page sits
 * in the list, and whether the person has no sites at all (so the list is empty for that reason).
 */
public record OutreachListing(OutreachRequest request, OutreachPage patients, OutreachPages pages, boolean noSites) {
}
