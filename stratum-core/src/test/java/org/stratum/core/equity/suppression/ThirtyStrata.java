package org.stratum.core.equity.suppression;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's table: one measure over 30 strata for one site, shown beside the same measure for
 * the whole network (so the rest of the network is derivable). Stratum sizes fall off the way REAL
 * strata do in a primary-care population: a few large groups, a long tail of small ones.
 */
final class ThirtyStrata {
    static final int STRATA = 30;

    private ThirtyStrata() {
    }

    static PublishedTable table(long seed) {
        return table(seed, true);
    }

    /** The site's table, with the network's beside it when {@code linked}. */
    static PublishedTable table(long seed, boolean linked) {
        Random random = new Random(seed);
        List<String> strata = new ArrayList<>();
        long[] siteMet = new long[STRATA];
        long[] siteDenominators = new long[STRATA];
        long[] networkMet = new long[STRATA];
        long[] networkDenominators = new long[STRATA];
        for (int s = 0; s < STRATA; s++) {
            strata.add("stratum " + s);
            long size = Math.max(0, Math.round(2000 * Math.pow(s + 1, -1.6) * (0.5 + random.nextDouble())));
            double rate = 0.4 + 0.5 * random.nextDouble();
            siteDenominators[s] = size;
            siteMet[s] = Math.round(size * rate);
            long rest = size * (2 + random.nextInt(6)) + random.nextInt(4);
            networkDenominators[s] = size + rest;
            networkMet[s] = siteMet[s] + Math.round(rest * rate);
        }
        PublishedTable.Builder builder = PublishedTable.builder();
        MeasureCells site = StratifiedMeasureTable.add(builder, "site", strata, siteMet, siteDenominators);
        if (linked) {
            MeasureCells network = StratifiedMeasureTable.add(builder, "network", strata, networkMet, networkDenominators);
            StratifiedMeasureTable.linkSubgroup(builder, site, network, "rest of network");
        }
        return builder.build();
    }
}
