package org.stratum.engine.ingest.mapping;

/**
 * What one local value stands for. {@code value} goes into the column the map is used for; the
 * other fields fill that column's companions when the mapping does not set them (the coding's
 * system and display beside a code, the response status beside a race answer or a language…).
 *
 * @param local       the local value as the mapping writes it
 * @param line        the mapping line, 0 for built-in maps
 * @param value       the standard value, null for a non-answer that leaves the column empty
 * @param system      the code system of the coding, when there is one
 * @param code        the coding's code
 * @param display     the coding's display
 * @param response    answered, asked-no-answer, unknown or declined (race, ethnicity and language)
 * @param ombCategory the OMB 2024 minimum category key of a race or ethnicity answer
 * @param detailed    whether a race or ethnicity answer is a detailed group
 */
record MappedValue(String local, int line, String value, String system, String code, String display, String response,
                   String ombCategory, Boolean detailed) {

    static MappedValue plain(String local, int line, String value) {
        return new MappedValue(local, line, value, null, null, null, null, null, null);
    }

    static MappedValue coding(String local, int line, String system, String code, String display) {
        return new MappedValue(local, line, code, system, code, display, null, null, null);
    }
}
