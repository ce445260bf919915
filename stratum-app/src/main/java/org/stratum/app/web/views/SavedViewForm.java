package org.stratum.app.web.views;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Save this view": a title and an optional note for the page at {@code path?query}. */
public class SavedViewForm {

    @NotBlank(message = "{views.title.required}")
    @Size(max = 200, message = "{views.title.long}")
    private String title = "";

    private String path = "";

    private String query = "";

    @Size(max = 2000, message = "{views.note.long}")
    private String note = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? "" : query;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
