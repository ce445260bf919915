package org.stratum.engine.generate.network;

/**
 * How well a site collects REAL data in the first and the last year of the history; years in
 * between are interpolated, so data quality changes over time site by site.
 *
 * @param unknownFirst   share recorded as unknown in the first year
 * @param unknownLast    share recorded as unknown in the last year
 * @param declined       share who decline to answer
 * @param askedNoAnswer  share asked who give no answer
 * @param observedFirst  share whose answer staff recorded by observation, first year
 * @param observedLast   the same in the last year
 * @param combinedQuestionFrom the first year the site asks the OMB 2024 combined question instead of
 *                       the two 1997 questions, or 0 for never
 */
public record RealCollection(double unknownFirst, double unknownLast, double declined, double askedNoAnswer,
                             double observedFirst, double observedLast, int combinedQuestionFrom) {

    /** Linear between the first and last year of the history. */
    public double unknown(double yearFraction) {
        return unknownFirst + (unknownLast - unknownFirst) * yearFraction;
    }

    public double observed(double yearFraction) {
        return observedFirst + (observedLast - observedFirst) * yearFraction;
    }
}
