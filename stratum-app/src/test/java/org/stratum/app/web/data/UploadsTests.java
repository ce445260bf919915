package org.stratum.app.web.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.multipart.MultipartFile;
import org.stratum.app.StratumProperties;

/** Where uploaded files are kept, and under which names. */
class UploadsTests {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "patient.csv              | patient.csv",
            "Patient.000.ndjson.gz    | Patient.000.ndjson.gz",
            "Export (2).ndjson        | Export__2_.ndjson",
            "clínica;rm -rf.csv       | cl_nica_rm_-rf.csv",
            ".hidden.csv              | _hidden.csv",
            "x..csv                   | x..csv"})
    void plainNamesAreKeptAndOtherCharactersBecomeUnderscores(String sent, String stored) {
        assertThat(Uploads.safeName(sent)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x.csv", "a/b.csv", "/etc/passwd", "C:\\Users\\me\\patient.csv", "..", ".", "x\u0000.csv"})
    void namesThatAreNotPlainFileNamesAreRefused(String sent) {
        assertThatThrownBy(() -> Uploads.safeName(sent)).isInstanceOf(UploadRejected.class)
                .hasMessageEndingWith("is not a plain file name; choose files, not paths.");
    }

    @Test
    void twoFilesThatWouldShareANameAreRefused() {
        assertThatThrownBy(() -> Uploads.safeNames(List.of(TestFiles.file("a b.csv", "x"), TestFiles.file("a_b.csv", "y"))))
                .isInstanceOf(UploadRejected.class).hasMessageContaining("'a_b.csv'");
    }

    @Test
    void theEmptyPartOfAFormWithoutFilesIsNotAFile() {
        MultipartFile none = TestFiles.file("", "");

        assertThat(Uploads.chosen(List.of(none))).isEmpty();
        assertThat(Uploads.chosen(null)).isEmpty();
    }

    @Test
    void filesAreKeptInAFolderNamedByTimeAndSource() throws IOException {
        Uploads uploads = new Uploads(properties());

        Uploads.Upload upload = uploads.store("clinic-ehr", List.of(TestFiles.file("patient.csv", "patient_id\np1\n")),
                Instant.parse("2026-03-02T09:30:05Z"));

        Path folder = dataDir.resolve("uploads/20260302-093005-clinic-ehr");
        assertThat(upload.folder()).isEqualTo(folder);
        assertThat(upload.name()).isEqualTo("uploads/20260302-093005-clinic-ehr");
        assertThat(upload.files()).containsExactly(folder.resolve("patient.csv"));
        assertThat(Files.readString(folder.resolve("patient.csv"))).isEqualTo("patient_id\np1\n");
    }

    @Test
    void aSecondUploadInTheSameSecondGetsItsOwnFolder() {
        Uploads uploads = new Uploads(properties());
        Instant now = Instant.parse("2026-03-02T09:30:05Z");

        Path first = uploads.store("ehr", List.of(TestFiles.file("patient.csv", "a")), now).folder();
        Path second = uploads.store("ehr", List.of(TestFiles.file("patient.csv", "b")), now).folder();

        assertThat(first.getFileName()).hasToString("20260302-093005-ehr");
        assertThat(second.getFileName()).hasToString("20260302-093005-ehr-2");
    }

    @Test
    void aDiscardedUploadLeavesNothing() {
        Uploads uploads = new Uploads(properties());
        Uploads.Upload upload = uploads.store("ehr", List.of(TestFiles.file("patient.csv", "a"),
                TestFiles.file("encounter.csv", "b")), Instant.now());

        uploads.discard(upload);

        assertThat(upload.folder()).doesNotExist();
        assertThat(dataDir.resolve("uploads")).isEmptyDirectory();
    }

    private StratumProperties properties() {
        return new StratumProperties(dataDir, new StratumProperties.Demo(false, null), new StratumProperties.Organisation(null));
    }
}
