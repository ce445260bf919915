package org.stratum.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run become text; everything else is written as it is. */
class SpreadsheetCsvTests {

    private static List<String> written(String... cells) {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out)) {
            csv.record(cells);
        }
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(out.toString())) {
            return reader.stream().findFirst().orElseThrow().getFields();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.org/x\",\"Click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "=1", "-", "+"})
    void aCellAFormulaCouldStartIsPrefixedWithAnApostrophe(String cell) {
        assertThat(written("P001", cell, "Harbor")).containsExactly("P001", "'" + cell, "Harbor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.053000", "-12", "+3", "1.5e-3", "-4.2E+2", "Garcia", "O'Brien", "a=b", "", "2025-01-01"})
    void numbersAndOrdinaryTextAreWrittenAsTheyAre(String cell) {
        assertThat(written(cell, "x")).containsExactly(cell, "x");
    }

    @Test
    void aNameWithCommasAndQuotesIsStillOneQuotedCell() {
        String name = "=HYPERLINK(\"http://example.org/?a=1,b=2\",\"Smith, Jo\")";

        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out)) {
            csv.record("id", name);
        }

        assertThat(out.toString()).isEqualTo("id,\"'=HYPERLINK(\"\"http://example.org/?a=1,b=2\"\",\"\"Smith, Jo\"\")\"\r\n");
        assertThat(written("id", name)).containsExactly("id", "'" + name);
    }
}
