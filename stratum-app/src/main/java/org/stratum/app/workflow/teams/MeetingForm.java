package org.stratum.app.workflow.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a team meeting. */
public class MeetingForm {

    @NotNull(message = "Give the day of the meeting.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotBlank(message = "Say who came.")
    @Size(max = 2000, message = "At most 2000 characters.")
    private String attendees = "";

    @NotBlank(message = "Write down what was discussed or decided.")
    @Size(max = 4000, message = "At most 4000 characters.")
    private String notes = "";

    static MeetingForm heldOn(LocalDate day) {
        MeetingForm form = new MeetingForm();
        form.heldOn = day;
        return form;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees == null ? "" : attendees.strip();
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes == null ? "" : notes.strip();
    }
}
