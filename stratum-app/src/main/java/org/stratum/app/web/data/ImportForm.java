package org.stratum.app.web.data;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.ingest.fhir.FhirFormat;

/** The Data page's upload form: the files, the source they come from, and how to import them. */
public class ImportForm {

    /** The same rule as the engine's {@code ImportRequest}: the name also names the upload folder. */
    @NotBlank(message = "{data.upload.sourceRequired}")
    @Pattern(regexp = "[A-Za-z0-9._-]{0,64}", message = "{data.upload.sourcePattern}")
    private String source = "";

    @Pattern(regexp = "auto|fhir|csv", message = "{data.upload.formatChoice}")
    private String format = "auto";

    private boolean replace;
    private boolean acceptPartial;
    private boolean dryRun;
    private List<MultipartFile> files = new ArrayList<>();

    /**
     * The engine's name for the format of these files: the one chosen, or else the one their names
     * say ({@code .csv} for Stratum CSV; {@code .ndjson}, {@code .jsonl}, {@code .json} for FHIR;
     * each optionally {@code .gz}).
     *
     * @throws UploadRejected when the format is automatic and the names say both or neither
     */
    String engineFormat(List<String> fileNames) {
        switch (format) {
            case "fhir":
                return FhirFormat.NAME;
            case "csv":
                return StratumCsvFormat.NAME;
            default:
                break;
        }
        boolean csv = fileNames.stream().anyMatch(n -> n.toLowerCase().matches(".+\\.csv(\\.gz)?"));
        boolean fhir = fileNames.stream().anyMatch(n -> n.toLowerCase().matches(".+\\.(ndjson|jsonl|json)(\\.gz)?"));
        if (csv == fhir) {
            throw new UploadRejected((csv ? "These are both CSV and FHIR files" : "These are neither CSV nor FHIR files")
                    + ": import them separately, or choose the format.");
        }
        return fhir ? FhirFormat.NAME : StratumCsvFormat.NAME;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source == null ? "" : source.strip();
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public boolean isReplace() {
        return replace;
    }

    public void setReplace(boolean replace) {
        this.replace = replace;
    }

    public boolean isAcceptPartial() {
        return acceptPartial;
    }

    public void setAcceptPartial(boolean acceptPartial) {
        this.acceptPartial = acceptPartial;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public List<MultipartFile> getFiles() {
        return files;
    }

    public void setFiles(List<MultipartFile> files) {
        this.files = files;
    }
}
