package org.stratum.core.equity.suppression;

import java.util.BitSet;

/**
 * Finds the small counts: shown or derivable counts from 1 to {@code threshold − 1}. Shown ones are
 * hidden outright; every one of them, shown or derivable, must then be protected by
 * {@link ComplementarySuppression}. Zero is never small: CMS allows it to be shown, and hiding zeros
 * would not protect anything because a reader who knows that zeros are always shown knows that a
 * hidden cell is at least 1.
 */
public final class PrimarySuppression {
    private final SuppressionPolicy policy;

    public PrimarySuppression(SuppressionPolicy policy) {
        this.policy = policy;
    }

    /** Every cell, shown or derivable, whose count is small. */
    public BitSet smallCells(PublishedTable table) {
        BitSet small = new BitSet(table.size());
        for (int i = 0; i < table.size(); i++) {
            if (policy.isSmall(table.cell(i).count())) {
                small.set(i);
            }
        }
        return small;
    }

    /** The cells hidden before any complement is chosen: the small shown ones and all derivable ones. */
    public BitSet hiddenCells(PublishedTable table) {
        BitSet hidden = smallCells(table);
        for (int i = 0; i < table.size(); i++) {
            if (!table.cell(i).displayed()) {
                hidden.set(i);
            }
        }
        return hidden;
    }
}
