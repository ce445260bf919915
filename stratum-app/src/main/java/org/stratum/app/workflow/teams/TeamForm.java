package org.stratum.app.workflow.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form that creates a team or changes its name and charter; {@code version} is the one it was filled from. */
public class TeamForm {

    @NotBlank(message = "Name the team, such as \"Site B blood pressure team\".")
    @Size(max = 200, message = "A team's name is at most 200 characters.")
    private String name = "";

    @Size(max = 4000, message = "A charter is at most 4000 characters.")
    private String charter = "";

    private int version;

    static TeamForm of(Team team) {
        TeamForm form = new TeamForm();
        form.name = team.name();
        form.charter = team.charter() == null ? "" : team.charter();
        form.version = team.changed().version();
        return form;
    }

    String charterOrNull() {
        return charter.isEmpty() ? null : charter;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public String getCharter() {
        return charter;
    }

    public void setCharter(String charter) {
        this.charter = charter == null ? "" : charter.strip();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
