package org.stratum.app.workflow.transformation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.stratum.app.workflow.record.Stamp;

/** The form that records or changes a community partner and its joint actions. */
public class PartnerForm {
    @NotBlank(message = "Give the partner's name.")
    @Size(max = 200, message = "A name is at most 200 characters.")
    private String name = "";
    @Size(max = 2000, message = "At most 2000 characters.")
    private String description;
    @Size(max = 2000, message = "At most 2000 characters.")
    private String jointActions;
    private long version;

    static PartnerForm of(CommunityPartner partner) {
        PartnerForm form = new PartnerForm();
        form.name = partner.name();
        form.description = partner.description();
        form.jointActions = partner.jointActions();
        form.version = partner.stamp().version();
        return form;
    }

    CommunityPartner partner(Long id) {
        return new CommunityPartner(id, name.strip(), BarrierForm.blankToNull(description),
                BarrierForm.blankToNull(jointActions), new Stamp(version, null, null));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getJointActions() { return jointActions; }
    public void setJointActions(String jointActions) { this.jointActions = jointActions; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
