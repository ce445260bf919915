package org.stratum.core.measure.sql;

import java.util.List;

/**
 * What an engine must provide so measure logic runs on it unchanged. Measure SQL keeps to a
 * portable subset (SELECT with joins, EXISTS, CASE, window functions, CAST, EXTRACT, COALESCE)
 * plus the functions in {@link PortableFunction}; the dialect defines those functions in the
 * engine's own terms. Nothing engine-specific may appear in a definition file.
 */
public interface SqlDialect {

    /** The engine's name, for messages. */
    String name();

    /** Statements that define every {@link PortableFunction} for one session. */
    List<String> functionDefinitions();
}
