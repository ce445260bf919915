package org.stratum.engine.generate.sink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stratum.engine.generate.clinical.SyntheticPatient;
import org.stratum.engine.generate.network.CareNetwork;

/** Writes the population in the Stratum CSV layout: one file per warehouse table. */
public final class StratumCsvSink extends FolderSink {
    /** The tables a generated population fills, in the order their files are written. */
    static final List<String> PATIENT_TABLES = List.of("patient", "patient_race_ethnicity", "attribution", "coverage",
            "encounter", "condition", "observation", "procedure", "immunization", "medication", "care_request",
            "survey_response");

    public StratumCsvSink(Path folder) throws IOException {
        super(folder);
        for (String table : PATIENT_TABLES) {
            CsvTable empty = new CsvTable(table);
            files.append(empty.fileName(), empty.header(), 0);
        }
    }

    @Override
    public void writeNetwork(CareNetwork network) throws IOException {
        for (CsvTable table : CsvRows.network(network)) {
            files.append(table.fileName(), table.header(), 0);
            files.append(table.fileName(), table.toBytes(), table.rows());
        }
    }

    @Override
    public BlockOutput serialize(List<SyntheticPatient> patients) {
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        for (String table : PATIENT_TABLES) {
            tables.put(table, new CsvTable(table));
        }
        for (SyntheticPatient patient : patients) {
            CsvRows.patient(patient, tables);
        }
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        Map<String, Long> records = new LinkedHashMap<>();
        for (CsvTable table : tables.values()) {
            bytes.put(table.fileName(), table.toBytes());
            records.put(table.fileName(), table.rows());
        }
        return new BlockOutput(bytes, records);
    }

}
