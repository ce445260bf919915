package org.stratum.app.web.views;

import java.util.regex.Pattern;

/**
 * The pages a view may be saved of, so that reopening one never leads anywhere else (no open
 * redirect): a measure page, the gap finder, an outreach list.
 */
final class SavedViewPath {
    private static final Pattern MEASURE = Pattern.compile("/measures/[A-Za-z0-9._-]{1,100}");
    /** A query string as the pages write it: URL-encoded, nothing that could end the address or a header. */
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~%=&+\\-/:,]{0,2000}");

    private SavedViewPath() {
    }

    static boolean known(String path) {
        return path != null && (path.equals("/outreach") || path.equals("/gaps") || MEASURE.matcher(path).matches());
    }

    static boolean wellFormedQuery(String query) {
        return query != null && QUERY.matcher(query).matches();
    }

    static boolean patientLevel(String path) {
        return "/outreach".equals(path);
    }
}
