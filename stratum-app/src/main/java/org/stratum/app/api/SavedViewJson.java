package org.stratum.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.stratum.app.web.views.SavedView;

/**
 * A saved view: where it leads ({@code address}, the page's path and query), its note, who saved it and
 * when. Reopening it ({@code /views/{id}}) checks the reader's rights again.
 */
public record SavedViewJson(long id, String title, String path, String query, String address, String note,
        @JsonProperty("patient_level") boolean patientLevel, @JsonProperty("saved_by") String savedBy,
        @JsonProperty("saved_at") String savedAt) {

    static SavedViewJson of(SavedView view) {
        return new SavedViewJson(view.id(), view.title(), view.path(), view.query(), view.address(), view.note(),
                view.patientLevel(), view.savedBy(), view.savedAt().toString());
    }
}
