package org.stratum.engine.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The span of synthetic history: whole calendar years ending on {@code end} (31 December). The last
 * year is the measurement period the ground truth describes.
 */
public record Timeline(LocalDate start, LocalDate end) {

    public static Timeline yearsEnding(LocalDate end, int years) {
        if (end.getMonthValue() != 12 || end.getDayOfMonth() != 31) {
            throw new IllegalArgumentException("The history ends on 31 December, not " + end);
        }
        if (years < 3) {
            throw new IllegalArgumentException("At least three years of history are generated, not " + years);
        }
        return new Timeline(end.minusYears(years).plusDays(1), end);
    }

    public int firstYear() {
        return start.getYear();
    }

    public int lastYear() {
        return end.getYear();
    }

    public LocalDate yearStart(int year) {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** 0 on the first day, 1 on the last: how far through the history a date is. */
    public double fraction(LocalDate date) {
        double span = ChronoUnit.DAYS.between(start, end);
        double at = ChronoUnit.DAYS.between(start, date);
        return Math.max(0, Math.min(1, at / span));
    }
}
