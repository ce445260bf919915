package org.stratum.engine.real.bisg;

import java.nio.file.Path;

/** A surname list or area table that cannot be used, with the file, line and column at fault. */
public final class BisgTableRejected extends RuntimeException {
    private final long line;

    BisgTableRejected(Path file, long line, String column, String reason) {
        super(file + (line > 0 ? " line " + line : "") + (column == null ? "" : ", column " + column) + ": " + reason);
        this.line = line;
    }

    /** The line at fault, 0 when the problem is with the file as a whole. */
    public long line() {
        return line;
    }
}
