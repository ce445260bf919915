package org.stratum.app.workflow.pdsa;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a PDSA cycle's phases. Each phase's page posts the fields it concerns; the controller
 * checks those a phase needs. {@code version} is the one the page was filled from.
 */
public class PdsaForm {

    @Size(max = 500, message = "The change is at most 500 characters.")
    private String changeTested = "";

    @Size(max = 2000, message = "The prediction is at most 2000 characters.")
    private String prediction = "";

    @Size(max = 2000, message = "At most 2000 characters.")
    private String planMeasures = "";

    @NotNull(message = "Give the day the change starts.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private boolean startsNewPhase;

    @Size(max = 4000, message = "At most 4000 characters.")
    private String notes = "";

    private String decision = "";

    private int version;

    static PdsaForm startingOn(LocalDate day) {
        PdsaForm form = new PdsaForm();
        form.startsOn = day;
        return form;
    }

    static PdsaForm of(PdsaCycle cycle) {
        PdsaForm form = new PdsaForm();
        form.changeTested = cycle.changeTested();
        form.prediction = cycle.prediction();
        form.startsOn = cycle.startsOn();
        form.endsOn = cycle.endsOn();
        form.startsNewPhase = cycle.startsNewPhase();
        form.version = cycle.changed().version();
        return form;
    }

    PdsaPlan plan() {
        return new PdsaPlan(changeTested, prediction, planMeasures.isEmpty() ? null : planMeasures, startsOn,
                startsNewPhase);
    }

    String notesOrNull() {
        return notes.isEmpty() ? null : notes;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public String getChangeTested() {
        return changeTested;
    }

    public void setChangeTested(String changeTested) {
        this.changeTested = strip(changeTested);
    }

    public String getPrediction() {
        return prediction;
    }

    public void setPrediction(String prediction) {
        this.prediction = strip(prediction);
    }

    public String getPlanMeasures() {
        return planMeasures;
    }

    public void setPlanMeasures(String planMeasures) {
        this.planMeasures = strip(planMeasures);
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

    public boolean isStartsNewPhase() {
        return startsNewPhase;
    }

    public void setStartsNewPhase(boolean startsNewPhase) {
        this.startsNewPhase = startsNewPhase;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = strip(notes);
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = strip(decision);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
