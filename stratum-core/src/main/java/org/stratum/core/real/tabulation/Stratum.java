package org.stratum.core.real.tabulation;

import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ResponseStatus;

/**
 * One group of a REAL tabulation, e.g. "Asian alone", "Multiracial and/or Multiethnic", "Hispanic or
 * Latino (any race)", "Declined".
 *
 * @param key      stable identifier, safe for SQL and URLs (e.g. {@code ASIAN_ALONE}, {@code DETAILED:2034-7})
 * @param category the minimum category the stratum is, or rolls up to; null for combinations, Other
 *                 Race and non-answers
 * @param response ANSWERED, or the non-answer the stratum counts (asked but no answer, declined, unknown)
 * @param rank     position in the tabulation's published order (ties broken by key)
 */
public record Stratum(String key, String label, OmbCategory category, ResponseStatus response, int rank) {

    static final int NON_ANSWER_RANK = 400;

    /**
     * The explicit stratum of a non-answer, e.g. "Race declined"; listed asked-but-no-answer, declined,
     * unknown, after every answered stratum.
     */
    static Stratum nonAnswer(String keyPrefix, String labelPrefix, ResponseStatus status, int base) {
        String label = switch (status) {
            case ASKED_NO_ANSWER -> "asked but no answer";
            case DECLINED -> "declined";
            case UNKNOWN -> "unknown";
            case ANSWERED -> throw new IllegalArgumentException("an answer is not a non-answer stratum");
        };
        int order = switch (status) {
            case ASKED_NO_ANSWER -> 1;
            case DECLINED -> 2;
            default -> 3;
        };
        String full = labelPrefix.isEmpty() ? Character.toUpperCase(label.charAt(0)) + label.substring(1)
                : labelPrefix + " " + label;
        return new Stratum(keyPrefix + status.name(), full, null, status, base + order);
    }

    public boolean isNonAnswer() {
        return response != ResponseStatus.ANSWERED;
    }
}
