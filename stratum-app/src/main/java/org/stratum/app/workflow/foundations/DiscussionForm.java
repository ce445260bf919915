package org.stratum.app.workflow.foundations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a foundations discussion. */
public class DiscussionForm {

    @NotNull(message = "Give the day of the discussion.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotBlank(message = "Say who took part.")
    @Size(max = 2000, message = "At most 2000 characters.")
    private String participants = "";

    @NotBlank(message = "Write down the reflections: how the foundations informed the work, and the work them.")
    @Size(max = 4000, message = "At most 4000 characters.")
    private String reflections = "";

    private List<Long> efforts = new ArrayList<>();

    static DiscussionForm heldOn(LocalDate day) {
        DiscussionForm form = new DiscussionForm();
        form.heldOn = day;
        return form;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants == null ? "" : participants.strip();
    }

    public String getReflections() {
        return reflections;
    }

    public void setReflections(String reflections) {
        this.reflections = reflections == null ? "" : reflections.strip();
    }

    public List<Long> getEfforts() {
        return efforts;
    }

    public void setEfforts(List<Long> efforts) {
        this.efforts = efforts == null ? new ArrayList<>() : efforts;
    }
}
