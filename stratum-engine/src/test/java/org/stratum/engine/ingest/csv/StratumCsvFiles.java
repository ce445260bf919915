package org.stratum.engine.ingest.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small Stratum CSV folders for tests. */
public final class StratumCsvFiles {
    private StratumCsvFiles() {
    }

    public static Path write(Path folder, String table, String... lines) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(table + ".csv"), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three patients and two encounters: enough to see rows arrive and leave. */
    public static Path smallPopulation(Path folder) {
        write(folder, "patient",
                "patient_id,family_name,given_name,birth_date,sex,preferred_language,interpreter_needed,zip",
                "p1,Garcia,Ana,1970-03-04,female,es,yes,94601",
                "p2,Nguyen,Binh,1955-11-30,male,vi,no,92683",
                "p3,Smith,Carol,2019-06-01,female,en,no,95814");
        write(folder, "encounter",
                "encounter_id,patient_id,status,class_code,system,code,start_time,end_time,site_id",
                "e1,p1,finished,AMB,http://snomed.info/sct,185463005,2025-02-03T09:00:00Z,2025-02-03T09:20:00Z,s1",
                "e2,p2,finished,AMB,http://snomed.info/sct,185463005,2025-03-05T10:00:00,2025-03-05T10:30:00,s1");
        return folder;
    }
}
