package org.stratum.engine.real.bisg;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public BISG tables in shared/fixtures/real/bisg (a sample of the Census 2010 surname list and
 * the CFPB's 2020 ZCTA table), read where they lie and never copied into the project.
 */
final class BisgFixtures {
    private BisgFixtures() {
    }

    static Path folder() {
        Path folder = Path.of(System.getProperty("stratum.fixtures", "../../shared/fixtures")).resolve("real/bisg");
        assumeTrue(Files.isDirectory(folder), "BISG fixtures not found at " + folder + ", skipping");
        return folder;
    }

    static Path surnames() {
        return folder().resolve("census2010_surnames_sample.csv");
    }

    static Path zctas() {
        return folder().resolve("cfpb_zip_over18_race_2020dhc.csv");
    }
}
