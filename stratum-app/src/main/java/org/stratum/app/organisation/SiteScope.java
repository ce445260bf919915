package org.stratum.app.organisation;

import java.util.Set;

/**
 * The care sites whose patients a person may see one by one (patient lists, outreach, re-ask
 * lists). Aggregates are not limited by it; they are suppressed instead.
 *
 * @param allSites true for an administrator who has not been limited to some sites
 * @param siteKeys the warehouse site ids allowed when not {@code allSites}
 */
public record SiteScope(boolean allSites, Set<String> siteKeys) {

    public static final SiteScope NONE = new SiteScope(false, Set.of());

    public SiteScope {
        siteKeys = Set.copyOf(siteKeys);
    }

    public boolean permits(String siteKey) {
        return allSites || siteKeys.contains(siteKey);
    }

    /** True when no patient of any site may be shown. */
    public boolean isEmpty() {
        return !allSites && siteKeys.isEmpty();
    }
}
