package org.stratum.engine.measure;

/**
 * A piece of measure logic the database refused, naming the definition, the part and the reason,
 * e.g. {@code my-measure.yaml: groups[1].numerator: Referenced column "valu" not found}.
 */
public class MeasureLogicError extends RuntimeException {
    private final String where;
    private final String reason;

    MeasureLogicError(String where, String reason, Throwable cause) {
        super(where + ": " + reason, cause);
        this.where = where;
        this.reason = reason;
    }

    /** The definition and part, e.g. {@code my-measure.yaml: groups[1].numerator}. */
    public String where() {
        return where;
    }

    public String reason() {
        return reason;
    }
}
