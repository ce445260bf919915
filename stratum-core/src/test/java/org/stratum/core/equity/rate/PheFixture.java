package org.stratum.core.equity.rate;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.stratum.core.ReferenceFixtures;

/**
 * Reads one sheet of PHEindicatormethods' test workbooks, as converted to CSV in
 * {@code shared/fixtures/stats/PHEindicatormethods/xlsx_as_csv/<workbook>__<sheet>.csv}, and compares
 * numbers the way the issue asks: to 1e-9 relative.
 */
public final class PheFixture {

    /** Relative tolerance for every PHEindicatormethods reference value. */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    private PheFixture() {
    }

    /** The rows of a sheet, skipping the blank padding rows the spreadsheets end with. */
    public static List<NamedCsvRecord> rows(String workbookAndSheet) {
        Path file = ReferenceFixtures.require("stats")
                .resolve("PHEindicatormethods/xlsx_as_csv/" + workbookAndSheet + ".csv");
        List<NamedCsvRecord> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofNamedCsvRecord(file)) {
            for (NamedCsvRecord row : csv) {
                if (row.getFields().stream().anyMatch(f -> !f.isBlank())) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A numeric cell; blank cells are R's NA and must not be asked for. */
    public static double number(NamedCsvRecord row, String column) {
        String value = row.findField(column).orElse("");
        assertThat(value).as("%s on line %d", column, row.getStartingLineNumber()).isNotBlank();
        return Double.parseDouble(value);
    }

    /** Whether a cell is blank (R's NA). */
    public static boolean blank(NamedCsvRecord row, String column) {
        return row.findField(column).map(String::isBlank).orElse(true);
    }

    /** A "95%" or "99.8%" cell as a level. */
    public static ConfidenceLevel level(NamedCsvRecord row, String column) {
        return ConfidenceLevel.percent(Double.parseDouble(row.getField(column).replace("%", "")));
    }

    /** Asserts {@code actual} is within 1e-9 relative of {@code expected} (exactly, when 0 is expected). */
    public static void assertClose(double actual, double expected, String description) {
        assertThat(actual).as(description).isCloseTo(expected, Offset.offset(Math.abs(expected) * RELATIVE_TOLERANCE));
    }
}
