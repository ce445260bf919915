package org.stratum.core.measure.sql;

/**
 * The functions measure logic may call beyond standard SQL, with the meaning CQL gives them. Dates
 * are SQL {@code DATE}s; calendar arithmetic keeps the day of month where it exists and otherwise
 * takes the month's last day (CQL: {@code @2024-02-29 + 1 year = @2025-02-28}).
 */
public enum PortableFunction {
    /** {@code age_in_years(birth_date, on_date)}: completed years (CQL {@code AgeInYearsAt}). */
    AGE_IN_YEARS("age_in_years", 2),
    /** {@code age_in_months(birth_date, on_date)}: completed months (CQL {@code AgeInMonthsAt}). */
    AGE_IN_MONTHS("age_in_months", 2),
    /** {@code add_years(date, n)}: the date n calendar years later (n may be negative). */
    ADD_YEARS("add_years", 2),
    /** {@code add_months(date, n)}: the date n calendar months later (n may be negative). */
    ADD_MONTHS("add_months", 2),
    /** {@code add_days(date, n)}: the date n days later (n may be negative). */
    ADD_DAYS("add_days", 2),
    /** {@code days_between(from_date, to_date)}: whole days from the first date to the second. */
    DAYS_BETWEEN("days_between", 2);

    private final String sqlName;
    private final int arity;

    PortableFunction(String sqlName, int arity) {
        this.sqlName = sqlName;
        this.arity = arity;
    }

    public String sqlName() {
        return sqlName;
    }

    public int arity() {
        return arity;
    }
}
