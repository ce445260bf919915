package org.stratum.app.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in person: Spring Security's user plus what the page header shows. */
public class SignedInUser extends User {

    private final String displayName;
    private final Role role;

    SignedInUser(String username, String passwordHash, boolean enabled, String displayName, Role role) {
        super(username, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
        this.displayName = displayName;
        this.role = role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public String getRoleLabel() {
        return role.label();
    }
}
