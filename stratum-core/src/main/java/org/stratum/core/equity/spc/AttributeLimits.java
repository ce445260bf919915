package org.stratum.core.equity.spc;

/**
 * p, u and c charts and Laney's p′ and u′, as qicharts2's {@code qic.p}, {@code qic.u}, {@code qic.c},
 * {@code qic.pp} and {@code qic.up}. The centre is the pooled baseline rate Σ numerators ÷ Σ
 * denominators (the mean count for c), never the mean of the rates, so a period with more patients
 * weighs more (Montgomery eqs. 7.7, 7.19). σᵢ = √(p̄(1 − p̄)/nᵢ) for proportions, √(ū/nᵢ) for rates,
 * √c̄ for counts; limits centre ± 3σᵢ, clipped to [0, 1] for proportions and at 0 below otherwise.
 */
final class AttributeLimits implements PhaseLimits {

    private enum Kind { PROPORTION, RATE, COUNT }

    private final Kind kind;
    private final boolean laney;

    private AttributeLimits(Kind kind, boolean laney) {
        this.kind = kind;
        this.laney = laney;
    }

    static AttributeLimits proportions(boolean laney) {
        return new AttributeLimits(Kind.PROPORTION, laney);
    }

    static AttributeLimits rates(boolean laney) {
        return new AttributeLimits(Kind.RATE, laney);
    }

    static AttributeLimits counts() {
        return new AttributeLimits(Kind.COUNT, false);
    }

    @Override
    public PhaseLines compute(PhaseSeries phase) {
        double[] values = values(phase);
        double centre = kind == Kind.COUNT ? phase.baselineMean(values) : pooledRate(phase, values);
        double[] sigmas = new double[values.length];
        for (int i = 0; i < sigmas.length; i++) {
            sigmas[i] = sigma(centre, phase.get(i).denominator());
        }
        if (laney) {
            double sigmaZ = LaneyAdjustment.sigmaZ(values, centre, sigmas, phase);
            for (int i = 0; i < sigmas.length; i++) {
                sigmas[i] *= sigmaZ;
            }
        }
        return PhaseLines.around(values, centre, sigmas)
                .clipped(0, kind == Kind.PROPORTION ? 1 : Double.POSITIVE_INFINITY);
    }

    private double[] values(PhaseSeries phase) {
        double[] values = new double[phase.size()];
        for (int i = 0; i < values.length; i++) {
            Subgroup s = phase.get(i);
            if (kind != Kind.COUNT && !s.hasDenominator() && !s.isMissing()) {
                throw new InvalidChart(kind.name().toLowerCase() + " chart needs a denominator, point " + i + " has none");
            }
            if (!s.isMissing() && s.numerator() < 0) {
                throw new InvalidChart("a count cannot be negative, point " + i + " is " + s.numerator());
            }
            if (kind == Kind.PROPORTION && s.numerator() > s.denominator()) {
                throw new InvalidChart("proportion above one at point " + i + ": " + s.numerator() + " of " + s.denominator());
            }
            values[i] = kind == Kind.COUNT && !s.isMissing() ? s.numerator() : s.value();
        }
        return values;
    }

    private static double pooledRate(PhaseSeries phase, double[] values) {
        double numerators = 0;
        double denominators = 0;
        for (int i = 0; i < values.length; i++) {
            if (phase.baseline()[i] && !Double.isNaN(values[i])) {
                numerators += phase.get(i).numerator();
                denominators += phase.get(i).denominator();
            }
        }
        return denominators > 0 ? numerators / denominators : Double.NaN;
    }

    private double sigma(double centre, double denominator) {
        return switch (kind) {
            case PROPORTION -> Math.sqrt(centre * (1 - centre) / denominator);
            case RATE -> Math.sqrt(centre / denominator);
            case COUNT -> Math.sqrt(centre);
        };
    }
}
