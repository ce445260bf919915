package org.stratum.core.equity.suppression;

/** What became of one count after suppression. */
public enum CellStatus {
    /** Shown as it is. */
    SHOWN,
    /** Hidden because it is small (1 to threshold − 1). */
    SMALL,
    /** Hidden, although not small, so that no small count can be worked out from the others. */
    COMPLEMENTARY,
    /** Never shown, only derivable from shown counts; if it is small it is protected like a shown one. */
    NOT_DISPLAYED
}
