package org.stratum.app.workflow.transformation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import org.stratum.app.workflow.record.Stamp;

/** The form that logs or changes a barrier or learning. */
public class BarrierForm {
    @NotNull(message = "Say whether this is a barrier or a learning.")
    private BarrierKind kind = BarrierKind.BARRIER;
    @NotBlank(message = "Give the barrier or learning a title.")
    @Size(max = 200, message = "A title is at most 200 characters.")
    private String title = "";
    @Size(max = 2000, message = "At most 2000 characters.")
    private String description;
    @NotBlank(message = "Say who raised it.")
    @Size(max = 200, message = "At most 200 characters.")
    private String raisedBy = "";
    @NotNull(message = "Choose the level: team, organisation, policy or community.")
    private BarrierLevel level;
    @Size(max = 200, message = "At most 200 characters.")
    private String escalatedTo;
    @NotNull(message = "Choose the status.")
    private BarrierStatus status = BarrierStatus.OPEN;
    private long version;

    static BarrierForm of(Barrier barrier) {
        BarrierForm form = new BarrierForm();
        form.kind = barrier.kind();
        form.title = barrier.title();
        form.description = barrier.description();
        form.raisedBy = barrier.raisedBy();
        form.level = barrier.level();
        form.escalatedTo = barrier.escalatedTo();
        form.status = barrier.status();
        form.version = barrier.stamp().version();
        return form;
    }

    void check(Errors errors) {
        if (status == BarrierStatus.ESCALATED && (escalatedTo == null || escalatedTo.isBlank())) {
            errors.rejectValue("escalatedTo", "required", "An escalated barrier needs to say to whom it was escalated.");
        }
    }

    Barrier barrier(Long id) {
        return new Barrier(id, kind, title.strip(), blankToNull(description), raisedBy.strip(), level, blankToNull(escalatedTo),
                status, new Stamp(version, null, null));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public BarrierKind getKind() { return kind; }
    public void setKind(BarrierKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getRaisedBy() { return raisedBy; }
    public void setRaisedBy(String raisedBy) { this.raisedBy = raisedBy; }
    public BarrierLevel getLevel() { return level; }
    public void setLevel(BarrierLevel level) { this.level = level; }
    public String getEscalatedTo() { return escalatedTo; }
    public void setEscalatedTo(String escalatedTo) { this.escalatedTo = escalatedTo; }
    public BarrierStatus getStatus() { return status; }
    public void setStatus(BarrierStatus status) { this.status = status; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
