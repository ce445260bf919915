package org.stratum.core.valueset;

/**
 * Thrown when a value-set OID has no demo code list. Unchecked: asking for a value set the
 * product does not ship is a programming error (a typo in an OID, or a measure added without
 * its demo codes), not a condition callers can recover from.
 */
public final class UnknownValueSet extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String oid;

    public UnknownValueSet(String oid) {
        super("No demo codes for value set " + oid);
        this.oid = oid;
    }

    /** The OID that was asked for. */
    public String oid() {
        return oid;
    }
}
