package org.stratum.engine.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.stratum.engine.generate.sink.FhirNdjsonSink;
import org.stratum.engine.generate.sink.PopulationSink;
import org.stratum.engine.generate.sink.StratumCsvSink;

/** The formats the generator writes. */
public enum OutputFormat {
    /** FHIR R4 bulk-data NDJSON, one file per resource type. */
    FHIR("fhir"),
    /** The Stratum CSV layout, one file per warehouse table. */
    CSV("csv");

    private final String name;

    OutputFormat(String name) {
        this.name = name;
    }

    public String cliName() {
        return name;
    }

    PopulationSink open(Path folder) throws IOException {
        return this == FHIR ? new FhirNdjsonSink(folder) : new StratumCsvSink(folder);
    }

    public static OutputFormat fromCliName(String value) {
        return Arrays.stream(values()).filter(f -> f.name.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown format '" + value + "': use fhir or csv"));
    }
}
