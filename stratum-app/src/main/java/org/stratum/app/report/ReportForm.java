package org.stratum.app.report;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.stratum.core.measure.MeasurementPeriod;

/** The choices on the report page: period, audience and format. */
public class ReportForm {

    /** The file formats the report comes in. */
    public enum Format { PDF, HTML }

    @NotNull(message = "Give the first day of the period.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;

    @NotNull(message = "Give the last day of the period.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;

    @NotNull(message = "Choose who the report is for.")
    private ReportAudience audience = ReportAudience.LEADERSHIP;

    @NotNull(message = "Choose PDF or HTML.")
    private Format format = Format.PDF;

    /** The defaults: the last full calendar year. */
    static ReportForm forYearBefore(LocalDate today) {
        ReportForm form = new ReportForm();
        form.start = LocalDate.of(today.getYear() - 1, 1, 1);
        form.end = LocalDate.of(today.getYear() - 1, 12, 31);
        return form;
    }

    void check(Errors errors) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("end", "order", "The last day must not be before the first day.");
        }
    }

    ReportRequest request() {
        return new ReportRequest(new MeasurementPeriod(start, end), audience);
    }

    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public ReportAudience getAudience() { return audience; }
    public void setAudience(ReportAudience audience) { this.audience = audience; }
    public Format getFormat() { return format; }
    public void setFormat(Format format) { this.format = format; }
}
