package org.stratum.core.equity.suppression;

import java.util.Arrays;

/**
 * Timing harness for the speed bar (suppression of one measure × 30 strata in well under
 * 1 ms): suppresses {@link ThirtyStrata} tables (the site's measure beside the network's, 279 cells;
 * then the site's alone, 93 cells) repeatedly after a warm-up and prints the median. Run with
 * {@code java -cp stratum-core/target/classes:stratum-core/target/test-classes
 * org.stratum.core.equity.suppression.SuppressionTiming} after {@code mvn -pl stratum-core test-compile};
 * not part of the test run.
 */
public final class SuppressionTiming {
    private SuppressionTiming() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        time(runs, true, "1 measure x 30 strata + linked network table");
        time(runs, false, "1 measure x 30 strata alone");
    }

    private static void time(int runs, boolean linked, String what) {
        PublishedTable[] tables = new PublishedTable[16];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = ThirtyStrata.table(i, linked);
        }
        ComplementarySuppression suppression = new ComplementarySuppression(SuppressionPolicy.CMS);
        long sink = 0;
        for (int i = 0; i < runs; i++) {
            sink += suppression.apply(tables[i % tables.length]).complementaryCount();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            SuppressedTable result = suppression.apply(tables[i % tables.length]);
            nanos[i] = System.nanoTime() - start;
            sink += result.complementaryCount();
        }
        Arrays.sort(nanos);
        SuppressedTable example = suppression.apply(tables[0]);
        System.out.printf("cells %d, small %d, complementary %d (table 0)%n", tables[0].size(),
                example.protections().size(), example.complementaryCount());
        System.out.printf("suppression of %s: median %.1f us, p90 %.1f us, max %.1f us over %d runs"
                        + " (checksum %d)%n", what,
                nanos[runs / 2] / 1e3, nanos[runs * 9 / 10] / 1e3, nanos[runs - 1] / 1e3, runs, sink);
    }
}
