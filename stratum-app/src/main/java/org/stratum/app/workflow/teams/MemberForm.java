package org.stratum.app.workflow.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The form that adds a member; the note of lived experience is the member's own choice, never required. */
public class MemberForm {

    @NotBlank(message = "Give the member's name.")
    @Size(max = 200, message = "A name is at most 200 characters.")
    private String name = "";

    @NotNull(message = "Choose the member's role on the team.")
    private TeamRole role;

    @Size(max = 500, message = "At most 500 characters.")
    private String livedExperience = "";

    String livedExperienceOrNull() {
        return livedExperience.isEmpty() ? null : livedExperience;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public TeamRole getRole() {
        return role;
    }

    public void setRole(TeamRole role) {
        this.role = role;
    }

    public String getLivedExperience() {
        return livedExperience;
    }

    public void setLivedExperience(String livedExperience) {
        this.livedExperience = livedExperience == null ? "" : livedExperience.strip();
    }
}
