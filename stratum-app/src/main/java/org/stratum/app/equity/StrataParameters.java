package org.stratum.app.equity;

import java.util.List;

/**
 * A stratified view as a person asks for it, before checking: the command line's options and the
 * API's query parameters are the same words.
 *
 * @param measure   the measure's id or CMS id
 * @param by        one or two dimension names
 * @param filters   {@code DIM=VALUE} each
 * @param period    {@code START/END} or a year; null or blank for the latest computed for the measure
 * @param reference best, largest, overall, rest or a stratum's label; null or blank for rest
 * @param suppress  false only for an analyst working locally
 */
public record StrataParameters(String measure, List<String> by, List<String> filters, String period, String reference,
        boolean suppress) {

    public StrataParameters {
        by = by == null ? List.of() : List.copyOf(by);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }
}
