package org.stratum.app.workflow.transformation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stratum.app.workflow.record.Stamp;

/** The form that records or changes an institutional action. */
public class ActionForm {
    @NotNull(message = "Choose what the action changes: policy, workflow, staffing, budget or data systems.")
    private ActionKind kind;
    @NotBlank(message = "Give the action a title.")
    @Size(max = 200, message = "A title is at most 200 characters.")
    private String title = "";
    @Size(max = 2000, message = "At most 2000 characters.")
    private String description;
    @Size(max = 200, message = "At most 200 characters.")
    private String owner;
    @NotNull(message = "Choose the status.")
    private ActionStatus status = ActionStatus.PLANNED;
    private long version;

    static ActionForm of(InstitutionalAction action) {
        ActionForm form = new ActionForm();
        form.kind = action.kind();
        form.title = action.title();
        form.description = action.description();
        form.owner = action.owner();
        form.status = action.status();
        form.version = action.stamp().version();
        return form;
    }

    InstitutionalAction action(Long id) {
        return new InstitutionalAction(id, kind, title.strip(), BarrierForm.blankToNull(description),
                BarrierForm.blankToNull(owner), status, new Stamp(version, null, null));
    }

    public ActionKind getKind() { return kind; }
    public void setKind(ActionKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
