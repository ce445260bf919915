package org.stratum.engine.ingest.mapping;

import java.util.List;

/** Where a warehouse column's value comes from in a source row: a column, a constant or a concatenation. */
sealed interface ValueSource permits SourceColumn, Constant, Concatenation {
    /** The source columns it reads. */
    List<SourceColumn> columns();

    /** How an analyst would name it in a message: the column's name, or a description. */
    String label();
}
