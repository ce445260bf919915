package org.stratum.core.measure.sql;

import java.util.List;

/** The portable functions as DuckDB macros, created per connection (temporary). */
public final class DuckDbDialect implements SqlDialect {

    @Override
    public String name() {
        return "DuckDB";
    }

    @Override
    public List<String> functionDefinitions() {
        return List.of(
                // Completed years and months as CQL's AgeInYearsAt/AgeInMonthsAt (java.time) count them: a
                // birthday on 29 February is reached on 1 March in a common year (DuckDB's date_sub differs).
                "CREATE OR REPLACE TEMP MACRO age_in_years(birth_date, on_date) AS CAST("
                        + "year(CAST(on_date AS DATE)) - year(CAST(birth_date AS DATE))"
                        + " - CASE WHEN month(CAST(on_date AS DATE)) < month(CAST(birth_date AS DATE))"
                        + " OR (month(CAST(on_date AS DATE)) = month(CAST(birth_date AS DATE))"
                        + " AND day(CAST(on_date AS DATE)) < day(CAST(birth_date AS DATE))) THEN 1 ELSE 0 END AS INTEGER)",
                "CREATE OR REPLACE TEMP MACRO age_in_months(birth_date, on_date) AS CAST("
                        + "(year(CAST(on_date AS DATE)) - year(CAST(birth_date AS DATE))) * 12"
                        + " + month(CAST(on_date AS DATE)) - month(CAST(birth_date AS DATE))"
                        + " - CASE WHEN day(CAST(on_date AS DATE)) < day(CAST(birth_date AS DATE)) THEN 1 ELSE 0 END AS INTEGER)",
                "CREATE OR REPLACE TEMP MACRO add_years(d, n) AS CAST(CAST(d AS DATE) + to_years(CAST(n AS INTEGER)) AS DATE)",
                "CREATE OR REPLACE TEMP MACRO add_months(d, n) AS CAST(CAST(d AS DATE) + to_months(CAST(n AS INTEGER)) AS DATE)",
                "CREATE OR REPLACE TEMP MACRO add_days(d, n) AS CAST(CAST(d AS DATE) + CAST(n AS INTEGER) AS DATE)",
                "CREATE OR REPLACE TEMP MACRO days_between(from_date, to_date) AS "
                        + "CAST(CAST(to_date AS DATE) - CAST(from_date AS DATE) AS INTEGER)");
    }
}
