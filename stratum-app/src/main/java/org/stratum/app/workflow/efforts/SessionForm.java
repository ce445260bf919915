package org.stratum.app.workflow.efforts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a co-design session. */
public class SessionForm {

    @NotNull(message = "Give the day of the session.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotBlank(message = "Say who took part: patients, community members, staff.")
    @Size(max = 2000, message = "At most 2000 characters.")
    private String participants = "";

    @NotBlank(message = "Say what was heard.")
    @Size(max = 4000, message = "At most 4000 characters.")
    private String heard = "";

    @NotBlank(message = "Say what was decided, even if it was to meet again.")
    @Size(max = 4000, message = "At most 4000 characters.")
    private String decided = "";

    static SessionForm heldOn(LocalDate day) {
        SessionForm form = new SessionForm();
        form.heldOn = day;
        return form;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
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
        this.participants = strip(participants);
    }

    public String getHeard() {
        return heard;
    }

    public void setHeard(String heard) {
        this.heard = strip(heard);
    }

    public String getDecided() {
        return decided;
    }

    public void setDecided(String decided) {
        this.decided = strip(decided);
    }
}
