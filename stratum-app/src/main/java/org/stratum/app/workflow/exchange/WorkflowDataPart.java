package org.stratum.app.workflow.exchange;

import java.util.List;

/**
 * One kind of workflow record in the JSON export: how its records are written out and read back.
 * Each feature provides the part for its own records (driver wording, assessment rounds, root causes,
 * barriers…); {@link WorkflowDataExchange} puts the parts together in one document and imports them
 * all or nothing.
 *
 * @param <T> one record's JSON shape, a record class Jackson writes and reads
 */
public interface WorkflowDataPart<T> {

    /** The record's key in the JSON document, such as {@code barriers}. Never change it: files in the field use it. */
    String name();

    /** The JSON shape of one record. */
    Class<T> type();

    /** Where the part goes in the document and in the import: lower first, so a part comes after those it refers to. */
    int position();

    /** Every record of this kind in the store, in a stable order. */
    List<T> export();

    /**
     * How many records of this kind the store holds already. An import refuses to add to records that exist
     * (it would duplicate them); parts that hold settings, overwritten by an import, answer 0.
     */
    long storedRecords();

    /**
     * Stores one imported record, inside the import's transaction.
     *
     * @throws IllegalArgumentException with a message naming the field and the reason when the record is invalid
     */
    void importRecord(T record, String username);

    /** A few words that identify the record in an error message, such as its title. */
    String describe(T record);
}
