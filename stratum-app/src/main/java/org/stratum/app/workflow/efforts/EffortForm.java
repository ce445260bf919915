package org.stratum.app.workflow.efforts;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.stratum.engine.equity.StratifyingDimension;

/** The form that adds or changes an effort and its equity aim; {@code version} is the one it was filled from. */
public class EffortForm {

    @NotBlank(message = "Name the effort, such as \"Blood pressure check-ins in Spanish\".")
    @Size(max = 200, message = "An effort's title is at most 200 characters.")
    private String title = "";

    @NotBlank(message = "Choose the measure the aim is about.")
    private String measureId = "";

    @NotBlank(message = "Choose what the stratum is part of (race and ethnicity, language, site…).")
    private String dimension = "";

    @NotBlank(message = "Name the stratum as the measure page shows it, such as \"Spanish\".")
    @Size(max = 200, message = "A stratum is at most 200 characters.")
    private String stratum = "";

    @DecimalMin(value = "0", message = "A percentage is between 0 and 100.")
    @DecimalMax(value = "100", message = "A percentage is between 0 and 100.")
    private BigDecimal baselinePercent;

    @NotNull(message = "Give the target percentage.")
    @DecimalMin(value = "0", message = "A percentage is between 0 and 100.")
    @DecimalMax(value = "100", message = "A percentage is between 0 and 100.")
    private BigDecimal targetPercent;

    @NotNull(message = "Give the day the target should be reached.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate targetDate;

    @Size(max = 2000, message = "Stakeholders are at most 2000 characters.")
    private String stakeholders = "";

    @Size(max = 4000, message = "Change ideas are at most 4000 characters.")
    private String changeIdeas = "";

    private int version;

    static EffortForm of(ImprovementEffort effort) {
        EffortForm form = new EffortForm();
        form.title = effort.title();
        form.measureId = effort.aim().measureId();
        form.dimension = effort.aim().dimension().parameter();
        form.stratum = effort.aim().stratum();
        form.baselinePercent = effort.aim().baselinePercent();
        form.targetPercent = effort.aim().targetPercent();
        form.targetDate = effort.aim().targetDate();
        form.stakeholders = effort.stakeholders() == null ? "" : effort.stakeholders();
        form.changeIdeas = effort.changeIdeas() == null ? "" : effort.changeIdeas();
        form.version = effort.changed().version();
        return form;
    }

    /** The plan, once the form is valid and the dimension known. */
    EffortPlan plan(StratifyingDimension chosen) {
        return new EffortPlan(title, new EquityAim(measureId, chosen, stratum, baselinePercent, targetPercent, targetDate),
                stakeholders.isEmpty() ? null : stakeholders, changeIdeas.isEmpty() ? null : changeIdeas);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = strip(title);
    }

    public String getMeasureId() {
        return measureId;
    }

    public void setMeasureId(String measureId) {
        this.measureId = strip(measureId);
    }

    public String getDimension() {
        return dimension;
    }

    public void setDimension(String dimension) {
        this.dimension = strip(dimension);
    }

    public String getStratum() {
        return stratum;
    }

    public void setStratum(String stratum) {
        this.stratum = strip(stratum);
    }

    public BigDecimal getBaselinePercent() {
        return baselinePercent;
    }

    public void setBaselinePercent(BigDecimal baselinePercent) {
        this.baselinePercent = baselinePercent;
    }

    public BigDecimal getTargetPercent() {
        return targetPercent;
    }

    public void setTargetPercent(BigDecimal targetPercent) {
        this.targetPercent = targetPercent;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public String getStakeholders() {
        return stakeholders;
    }

    public void setStakeholders(String stakeholders) {
        this.stakeholders = strip(stakeholders);
    }

    public String getChangeIdeas() {
        return changeIdeas;
    }

    public void setChangeIdeas(String changeIdeas) {
        this.changeIdeas = strip(changeIdeas);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
