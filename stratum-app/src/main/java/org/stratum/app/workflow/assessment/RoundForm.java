package org.stratum.app.workflow.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that opens a self-assessment round: its name, planned period and the colleagues invited. */
public class RoundForm {

    @NotBlank(message = "{assessment.round.nameRequired}")
    @Size(max = 200, message = "{assessment.round.nameLong}")
    private String name = "";

    @NotNull(message = "{assessment.round.startsOnRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull(message = "{assessment.round.endsOnRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private List<Long> invitees = new ArrayList<>();

    /** A new round's defaults: today and the two weeks after it. */
    static RoundForm startingOn(LocalDate today) {
        RoundForm form = new RoundForm();
        form.startsOn = today;
        form.endsOn = today.plusWeeks(2);
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
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

    public List<Long> getInvitees() {
        return invitees;
    }

    public void setInvitees(List<Long> invitees) {
        this.invitees = invitees == null ? new ArrayList<>() : invitees;
    }
}
