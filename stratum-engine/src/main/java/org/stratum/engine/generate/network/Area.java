package org.stratum.engine.generate.network;

/**
 * A ZIP code area a care site serves, with a neighbourhood deprivation quintile (1 least deprived,
 * 5 most). The ZIP codes and places are real; the quintiles are synthetic but plausible.
 */
public record Area(String zip, String name, String county, String countyFips, int deprivationQuintile) {
}
