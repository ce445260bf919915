package org.stratum.core.equity.decomposition;

/**
 * How many more patients in a group would need to meet the measure for the group's rate to reach
 * the reference rate: the gap expressed in people, which is what an outreach list is sized by.
 *
 * <p>Higher is better (screening, control): ⌈(r_ref − r_group) × n_group⌉ more patients meeting the
 * measure. Lower is better (poor control, missed follow-up; the numerator is the adverse outcome):
 * ⌈(r_group − r_ref) × n_group⌉ fewer patients in the numerator, i.e. that many more patients
 * moving out of the adverse outcome. Rounded up because a part of a patient does not close a gap;
 * never negative: a group at or past the reference needs no one. With a reference given as counts
 * the arithmetic is exact integer arithmetic; with a reference rate given as a double, a shortfall
 * within 1e-9 (relative, above 1) of a whole number is taken to be that whole number, so that the
 * rounding error in 0.8 × 50 − 30 cannot turn 10 patients into 11.
 *
 * @param patients how many patients would need to meet the measure (or leave the adverse numerator)
 * @param groupNumerator patients in the group meeting the measure (for lower-is-better: with the adverse outcome)
 * @param groupDenominator eligible patients in the group
 * @param referenceRate the rate to reach
 * @param higherIsBetter the measure's direction
 */
public record PatientsToEquity(long patients, long groupNumerator, long groupDenominator, double referenceRate,
        boolean higherIsBetter) {

    private static final double WHOLE_NUMBER_TOLERANCE = 1e-9;

    /** Patients needed for a group with {@code numerator} of {@code denominator} to reach {@code referenceRate}. */
    public static PatientsToEquity of(long numerator, long denominator, double referenceRate, boolean higherIsBetter) {
        check(numerator, denominator, "group");
        if (!(referenceRate >= 0 && referenceRate <= 1)) {
            throw new InvalidDecomposition("a reference rate must lie in [0, 1]: " + referenceRate);
        }
        double shortfall = higherIsBetter ? referenceRate * denominator - numerator : numerator - referenceRate * denominator;
        long patients = (long) Math.ceil(shortfall - WHOLE_NUMBER_TOLERANCE * Math.max(1, Math.abs(shortfall)));
        return new PatientsToEquity(Math.max(0, patients), numerator, denominator, referenceRate, higherIsBetter);
    }

    /** Patients needed to reach the rate of a reference group with {@code referenceNumerator} of {@code referenceDenominator}. */
    public static PatientsToEquity of(long numerator, long denominator, long referenceNumerator, long referenceDenominator,
            boolean higherIsBetter) {
        check(numerator, denominator, "group");
        check(referenceNumerator, referenceDenominator, "reference");
        if (referenceDenominator == 0) {
            throw new InvalidDecomposition("the reference group has no eligible patients");
        }
        // shortfall = (r_ref·n − x) = (x_ref·n − x·n_ref) / n_ref, exactly, in integers
        long scaled = Math.subtractExact(Math.multiplyExact(referenceNumerator, denominator),
                Math.multiplyExact(numerator, referenceDenominator));
        long patients = -Math.floorDiv(higherIsBetter ? -scaled : scaled, referenceDenominator);
        return new PatientsToEquity(Math.max(0, patients), numerator, denominator,
                (double) referenceNumerator / referenceDenominator, higherIsBetter);
    }

    /** The group's rate now (NaN for an empty group). */
    public double groupRate() {
        return groupDenominator == 0 ? Double.NaN : (double) groupNumerator / groupDenominator;
    }

    /** The group's rate once those patients have met the measure (or left the adverse numerator). */
    public double rateAfter() {
        long numerator = higherIsBetter ? groupNumerator + patients : groupNumerator - patients;
        return groupDenominator == 0 ? Double.NaN : (double) numerator / groupDenominator;
    }

    private static void check(long numerator, long denominator, String who) {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new InvalidDecomposition("the " + who + " cannot have " + numerator + " of " + denominator + " patients");
        }
    }
}
