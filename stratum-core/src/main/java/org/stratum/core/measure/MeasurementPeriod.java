package org.stratum.core.measure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a measure looks at, both ends included (CQL's {@code Interval[start, end]} at day
 * precision; the eCQM default is a calendar year).
 */
public record MeasurementPeriod(LocalDate start, LocalDate end) implements Comparable<MeasurementPeriod> {

    public MeasurementPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public static MeasurementPeriod calendarYear(int year) {
        return new MeasurementPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The 12 months ending with {@code lastMonth}, e.g. July 2024 to June 2025 for June 2025. */
    public static MeasurementPeriod twelveMonthsEnding(YearMonth lastMonth) {
        return new MeasurementPeriod(lastMonth.minusMonths(11).atDay(1), lastMonth.atEndOfMonth());
    }

    /** Rolling 12-month periods ending each month, oldest first, the last ending with {@code lastMonth}. */
    public static List<MeasurementPeriod> rollingTwelveMonths(YearMonth lastMonth, int points) {
        if (points < 1) {
            throw new IllegalArgumentException("Ask for at least one trend point");
        }
        List<MeasurementPeriod> periods = new ArrayList<>();
        for (int i = points - 1; i >= 0; i--) {
            periods.add(twelveMonthsEnding(lastMonth.minusMonths(i)));
        }
        return periods;
    }

    /**
     * Reads {@code START/END} (ISO dates, e.g. {@code 2025-01-01/2025-12-31}) or a year ({@code 2025}).
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text}
     */
    public static MeasurementPeriod parse(String text) {
        String value = text.strip();
        try {
            if (value.matches("\\d{4}")) {
                return calendarYear(Integer.parseInt(value));
            }
            int slash = value.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("'" + text + "' is not a period: give START/END, e.g. "
                        + "2025-01-01/2025-12-31, or a year");
            }
            return new MeasurementPeriod(LocalDate.parse(value.substring(0, slash).strip()),
                    LocalDate.parse(value.substring(slash + 1).strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a period: '" + e.getParsedString()
                    + "' is not a date (use YYYY-MM-DD)");
        }
    }

    @Override
    public int compareTo(MeasurementPeriod other) {
        int byEnd = end.compareTo(other.end);
        return byEnd != 0 ? byEnd : start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return start + "/" + end;
    }
}
