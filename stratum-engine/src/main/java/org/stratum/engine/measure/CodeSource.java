package org.stratum.engine.measure;

/** Where the codes of a measure run's value sets came from. */
public enum CodeSource {
    /** Expansions the user loaded with {@code stratum valuesets import}: real results. */
    LOADED,
    /** Stratum's demo code lists: a stand-in for demonstration, never for reporting. */
    DEMO;

    public String label() {
        return this == LOADED ? "loaded value sets" : "demo code lists (stand-in)";
    }
}
