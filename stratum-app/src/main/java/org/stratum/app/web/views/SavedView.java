package org.stratum.app.web.views;

import java.time.OffsetDateTime;

/**
 * A named view of a dashboard page: where it leads ({@code path?query}), who saved it and when.
 *
 * @param query the page's query string without the leading {@code ?}; empty for none
 * @param note  what the view shows or why it was kept; null for none
 */
public record SavedView(long id, String title, String path, String query, String note, String savedBy,
        OffsetDateTime savedAt) {

    /** The page's address, for links and for reopening the view. */
    public String address() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** Whether the view lists patients, so only analysts and administrators may open it. */
    public boolean patientLevel() {
        return SavedViewPath.patientLevel(path);
    }
}
