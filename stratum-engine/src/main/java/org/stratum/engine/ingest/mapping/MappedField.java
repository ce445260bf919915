package org.stratum.engine.ingest.mapping;

/**
 * A part of what a local value stands for ({@link MappedValue}), as a column of the import's value-map
 * table, that can fill a companion column: the system and display beside a code, the response status
 * beside a race answer or a language, and so on. {@code LOCAL} is the local value itself (a payer's
 * name as the extract writes it).
 */
enum MappedField {
    VALUE("value"), SYSTEM("system"), CODE("code"), DISPLAY("display"), RESPONSE("response"),
    OMB_CATEGORY("omb_category"), DETAILED("detailed"), LOCAL(null);

    private final String column;

    MappedField(String column) {
        this.column = column;
    }

    /** The column of the value-map table, null for {@link #LOCAL}. */
    String column() {
        return column;
    }
}
