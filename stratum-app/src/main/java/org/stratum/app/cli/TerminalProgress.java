package org.stratum.app.cli;

import java.io.PrintWriter;

/**
 * A one-line progress display that redraws itself on a terminal, and stays silent when the output
 * is redirected to a file or another program.
 */
final class TerminalProgress {
    private final PrintWriter out;
    private final boolean terminal = System.console() != null;
    private int shownPercent = -1;

    TerminalProgress(PrintWriter out) {
        this.out = out;
    }

    void show(long done, long total, String detail) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, 100 * done / total);
        if (terminal && percent != shownPercent) {
            shownPercent = percent;
            int filled = percent / 5;
            out.printf("\r  [%s%s] %3d%%  %s", "#".repeat(filled), " ".repeat(20 - filled), percent, detail);
            out.flush();
        }
    }

    void finish() {
        if (terminal && shownPercent >= 0) {
            out.println();
        }
    }
}
