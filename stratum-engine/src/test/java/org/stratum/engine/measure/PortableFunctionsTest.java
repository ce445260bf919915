package org.stratum.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.stratum.core.measure.sql.DuckDbDialect;

/** The DuckDB definitions of the portable functions mean what CQL means. */
class PortableFunctionsTest {

    @Test
    void ageInYearsCountsCompletedYearsIncludingLeapDayBirthdays() throws Exception {
        assertThat(evaluate("age_in_years(DATE '2000-02-29', DATE '2025-02-28')")).isEqualTo("24");
        assertThat(evaluate("age_in_years(DATE '2000-02-29', DATE '2025-03-01')")).isEqualTo("25");
        assertThat(evaluate("age_in_years(DATE '1958-12-31', DATE '2025-12-31')")).isEqualTo("67");
        assertThat(evaluate("age_in_years(DATE '1959-01-01', DATE '2025-12-31')")).isEqualTo("66");
    }

    @Test
    void calendarArithmeticTakesTheLastDayOfAShorterMonth() throws Exception {
        assertThat(evaluate("add_months(DATE '2025-01-31', 1)")).isEqualTo("2025-02-28");
        assertThat(evaluate("add_years(DATE '2024-02-29', 1)")).isEqualTo("2025-02-28");
        assertThat(evaluate("add_years(DATE '2025-01-01', -1)")).isEqualTo("2024-01-01");
        assertThat(evaluate("add_days(DATE '2025-12-31', 1)")).isEqualTo("2026-01-01");
        assertThat(evaluate("days_between(DATE '2025-01-01', DATE '2025-12-31')")).isEqualTo("364");
    }

    @Property(tries = 300)
    void ageInYearsAndMonthsAgreeWithJava(@ForAll @IntRange(min = 0, max = 40000) int birthOffset,
                                          @ForAll @IntRange(min = 0, max = 40000) int ageDays) throws Exception {
        LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(birthOffset);
        LocalDate on = birth.plusDays(ageDays);
        Period age = Period.between(birth, on);
        assertThat(evaluate("age_in_years(DATE '" + birth + "', DATE '" + on + "')"))
                .isEqualTo(Integer.toString(age.getYears()));
        assertThat(evaluate("age_in_months(DATE '" + birth + "', DATE '" + on + "')"))
                .isEqualTo(Long.toString(age.toTotalMonths()));
    }

    private static String evaluate(String expression) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            for (String definition : new DuckDbDialect().functionDefinitions()) {
                statement.execute(definition);
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT CAST(" + expression + " AS VARCHAR)");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
