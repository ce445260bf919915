package org.stratum.engine.warehouse;

/**
 * The warehouse could not be rebuilt from the ledger, typically because a recorded import's source
 * file has been moved or changed. The previous warehouse file, if any, is left untouched.
 */
public class WarehouseRebuildFailed extends RuntimeException {
    public WarehouseRebuildFailed(String message) {
        super(message);
    }

    public WarehouseRebuildFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
