package org.stratum.app.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the person signing in among the workflow store's {@code app_user} rows. */
@Service
class WorkflowUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    WorkflowUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, enabled, display_name, role FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, row) -> new SignedInUser(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        rs.getString("display_name"),
                        Role.ofCode(rs.getString("role"))))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }
}
