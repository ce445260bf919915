package org.stratum.engine.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The random source for one synthetic patient. Each patient's stream is derived from the run's
 * seed and the patient's index alone, so output is identical for a seed whatever the number of
 * threads or the order they run in.
 */
public final class Rng {
    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The stream of patient {@code index} in a run seeded with {@code seed}. */
    public static Rng forPatient(long seed, long index) {
        return new Rng(mix(seed * 0x9E3779B97F4A7C15L + index));
    }

    /** A stream for run-wide choices (network, names) that do not belong to one patient. */
    public static Rng forRun(long seed) {
        return new Rng(mix(seed ^ 0x5DEECE66DL));
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public double uniform(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    public int between(int fromInclusive, int toInclusive) {
        return random.nextInt(fromInclusive, toInclusive + 1);
    }

    public double normal(double mean, double sd) {
        // Box–Muller; one value per call keeps the stream simple to reason about.
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Poisson count by Knuth's method; fine for the small means used here. */
    public int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Index drawn in proportion to the weights. */
    public int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    public <T> T pick(List<T> items, double[] weights) {
        return items.get(weighted(weights));
    }

    public LocalDate dateBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        long days = ChronoUnit.DAYS.between(fromInclusive, toInclusive);
        return days <= 0 ? fromInclusive : fromInclusive.plusDays(random.nextLong(days + 1));
    }

    /** A time during clinic hours (08:00 to 17:45, quarter hours) on the given day. */
    public LocalDateTime clinicTime(LocalDate day) {
        return day.atTime(8 + random.nextInt(10), 15 * random.nextInt(4));
    }

    public UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
