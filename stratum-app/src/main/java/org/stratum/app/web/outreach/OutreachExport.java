package org.stratum.app.web.outreach;

import org.stratum.app.organisation.SiteScope;

/** A whole outreach list checked, scoped to the person's sites and audited, ready to be written as CSV. */
public record OutreachExport(OutreachRequest request, SiteScope scope) {
}
