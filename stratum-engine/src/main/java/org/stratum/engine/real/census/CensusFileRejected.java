package org.stratum.engine.real.census;

/** A census table that cannot be loaded, with where and why; nothing was changed. */
public final class CensusFileRejected extends RuntimeException {
    public CensusFileRejected(String message) {
        super(message);
    }
}
