package org.stratum.app.web.data;

import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockMultipartFile;

/** Small files to upload, as a browser sends them: the form field "files", the file's own name. */
final class TestFiles {

    static final String PATIENTS_CSV = "patient_id,family_name,birth_date,sex\n"
            + "p1,Lopez,1970-03-04,female\np2,Nguyen,1985-11-20,male\np3,Okafor,1992-06-01,female\n";
    static final String ENCOUNTERS_CSV = "encounter_id,patient_id,status,class_code,start_time\n"
            + "e1,p1,finished,AMB,2025-02-03T09:00:00\ne2,p2,finished,AMB,2025-02-04T10:30:00\n";
    static final String BAD_PATIENTS_CSV = "patient_id,birth_date\np1,1970-01-01\np2,yesterday\n";

    static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"f1\",\"gender\":\"female\",\"birthDate\":\"1970-03-04\"}";
    static final String ENCOUNTER = "{\"resourceType\":\"Encounter\",\"id\":\"fe1\",\"status\":\"finished\","
            + "\"class\":{\"code\":\"AMB\"},\"type\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"185463005\"}]}],"
            + "\"subject\":{\"reference\":\"Patient/f1\"},\"period\":{\"start\":\"2025-02-03T09:00:00-08:00\"}}";
    static final String FHIR_NDJSON = PATIENT + "\n" + ENCOUNTER + "\n";

    private TestFiles() {
    }

    static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8));
    }
}
