package org.stratum.core.equity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stratum.core.equity.compare.Comparison;
import org.stratum.core.equity.compare.ComparisonWithReference;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.compare.Reference;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;

/**
 * How long intervals and comparisons take for one measure stratified 30 ways (issue 5 asks for under
 * 1 ms). A plain loop, no JMH: warm up so the JIT compiles the path, then time many single runs and
 * print the median and the 90th percentile. Run it from the project root after {@code mvn -pl
 * stratum-core test-compile}:
 *
 * <pre>  mvn -q -pl stratum-core dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 *  java -cp "stratum-core/target/test-classes:stratum-core/target/classes:$(cat stratum-core/target/classpath.txt)" \
 *       org.stratum.core.equity.EquityBenchmark</pre>
 *
 * <p>Measured on a 2-core machine (OpenJDK 17): a median of about 47-50 µs for 30 strata, whichever the
 * reference, so about 20 times under budget.
 */
public final class EquityBenchmark {

    private static final int STRATA = 30;
    private static final int WARM_UP = 20_000;
    private static final int SAMPLES = 5_000;

    private EquityBenchmark() {
    }

    public static void main(String[] args) {
        List<GroupCount> strata = strata();
        for (Reference reference : List.of(Reference.bestGroup(), Reference.everyoneElse(), Reference.overall())) {
            ComparisonWithReference comparison = ComparisonWithReference.of(Direction.HIGHER_IS_BETTER, reference);
            double sink = 0;
            for (int i = 0; i < WARM_UP; i++) {
                sink += once(strata, comparison);
            }
            long[] nanos = new long[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                long start = System.nanoTime();
                sink += once(strata, comparison);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%d strata, reference %-26s median %7.1f µs, p90 %7.1f µs (checksum %.3f)%n",
                    STRATA, reference.describe() + ":", nanos[SAMPLES / 2] / 1e3, nanos[SAMPLES * 9 / 10] / 1e3, sink);
        }
    }

    /** Every stratum's Wilson interval, then every comparison with the reference; returns a checksum. */
    private static double once(List<GroupCount> strata, ComparisonWithReference comparison) {
        double checksum = 0;
        for (GroupCount stratum : strata) {
            ConfidenceInterval interval = stratum.proportion().interval(ConfidenceLevel.NINETY_FIVE);
            checksum += interval.lower();
        }
        for (Comparison c : comparison.compare(strata)) {
            checksum += c.meaningful() ? 1 : 0;
            checksum += c.contrast().map(x -> x.pValue()).orElse(0.0);
        }
        return checksum;
    }

    /** 30 strata of a screening measure, from 15 to about 9,000 patients, rates 45% to 85%. */
    private static List<GroupCount> strata() {
        List<GroupCount> strata = new ArrayList<>();
        for (int i = 0; i < STRATA; i++) {
            long denominator = 15 + (long) (9_000 * Math.pow((i + 1) / (double) STRATA, 3));
            long numerator = Math.round(denominator * (0.45 + 0.4 * ((i * 7) % STRATA) / STRATA));
            strata.add(new GroupCount("stratum " + i, numerator, denominator));
        }
        return strata;
    }
}
