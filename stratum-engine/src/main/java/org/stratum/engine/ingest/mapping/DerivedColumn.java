package org.stratum.engine.ingest.mapping;

/**
 * A warehouse column the mapping does not set but a value map fills: e.g. {@code display} and
 * {@code system} beside a mapped {@code code}, {@code language_response} beside a mapped language.
 *
 * @param target the warehouse column
 * @param from   the mapped column whose value map fills it
 * @param field  which part of the mapped value it takes
 */
record DerivedColumn(String target, ColumnMapping from, MappedField field) {
}
