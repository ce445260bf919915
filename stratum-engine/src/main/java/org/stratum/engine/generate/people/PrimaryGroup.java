package org.stratum.engine.generate.people;

/**
 * The group a synthetic person belongs to, before anyone records it: Hispanic or Latino of any race,
 * one of the non-Hispanic single-race groups, or non-Hispanic multiracial. Outcomes never depend
 * on it directly; only the planted inequities' stated causes (site, payer, language) do.
 */
public enum PrimaryGroup {
    HISPANIC, WHITE, ASIAN, BLACK, AIAN, NHPI, MENA, MULTIRACIAL
}
