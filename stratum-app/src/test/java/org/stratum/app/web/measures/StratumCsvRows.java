package org.stratum.app.web.measures;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The measure page's CSV export read back, one map per row by column name. */
final class StratumCsvRows {
    private StratumCsvRows() {
    }

    static List<Map<String, String>> read(String csv) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(csv)) {
            if (header == null) {
                header = record.getFields();
                continue;
            }
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.getField(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
