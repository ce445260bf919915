package org.stratum.app.workflow.cycles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.stratum.core.toolkit.Opportunity;

/** The form that starts or changes an improvement cycle; {@code version} is the one it was filled from. */
public class CycleForm {

    @NotBlank(message = "Name the cycle, such as \"Blood pressure control, spring 2026\".")
    @Size(max = 200, message = "A cycle's name is at most 200 characters.")
    private String name = "";

    @NotNull(message = "Choose the opportunity the cycle pursues.")
    private Opportunity opportunity;

    @NotNull(message = "Give the cycle's first day.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull(message = "Give the cycle's planned last day.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @Size(max = 4000, message = "Notes are at most 4000 characters.")
    private String notes = "";

    private int version;

    /** A new cycle's defaults: today and the five months after it, within the toolkit's four to six. */
    static CycleForm startingOn(LocalDate today) {
        CycleForm form = new CycleForm();
        form.startsOn = today;
        form.endsOn = today.plusMonths(5);
        return form;
    }

    static CycleForm of(ImprovementCycle cycle) {
        CycleForm form = new CycleForm();
        form.name = cycle.name();
        form.opportunity = cycle.opportunity();
        form.startsOn = cycle.startsOn();
        form.endsOn = cycle.endsOn();
        form.notes = cycle.notes() == null ? "" : cycle.notes();
        form.version = cycle.changed().version();
        return form;
    }

    CyclePlan plan() {
        return new CyclePlan(name, opportunity, startsOn, endsOn, notes.isEmpty() ? null : notes);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public void setOpportunity(Opportunity opportunity) {
        this.opportunity = opportunity;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes == null ? "" : notes.strip();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
