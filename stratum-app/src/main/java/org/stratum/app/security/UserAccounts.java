package org.stratum.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of people who sign in: create, change password, list, and the demo accounts.
 * Passwords are stored only as hashes from the application's {@link PasswordEncoder}.
 */
@Service
public class UserAccounts {

    /** NIST SP 800-63B §5.1.1.2: memorised secrets chosen by people are at least 8 characters. */
    static final int MINIMUM_PASSWORD_LENGTH = 8;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    /** The demo accounts, one per role, all with the demo password. */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "Demo administrator", Role.ADMIN),
            new DemoAccount("analyst", "Demo analyst", Role.ANALYST),
            new DemoAccount("viewer", "Demo viewer", Role.VIEWER));

    record DemoAccount(String username, String displayName, Role role) {
    }

    private static final String SELECT_ACCOUNT =
            "SELECT id, username, display_name, role, enabled, demo, created_at FROM app_user";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates an enabled, non-demo account. */
    @Transactional
    public UserAccount create(String username, String displayName, Role role, String rawPassword) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccountRejected(String.valueOf(username),
                    "a username is 1 to 100 letters, digits or . _ @ -");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new AccountRejected(username, "a display name is required");
        }
        checkPassword(username, rawPassword);
        if (find(username).isPresent()) {
            throw new AccountRejected(username, "the username is taken");
        }
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, role, enabled, demo)
                        VALUES (?, ?, ?, ?, TRUE, FALSE)""")
                .params(username, displayName.strip(), passwordEncoder.encode(rawPassword), role.code())
                .update();
        return find(username).orElseThrow();
    }

    /** Replaces the password of an existing account. */
    @Transactional
    public void changePassword(String username, String rawPassword) {
        checkPassword(username, rawPassword);
        int updated = jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
                .params(passwordEncoder.encode(rawPassword), username)
                .update();
        if (updated == 0) {
            throw new AccountRejected(username, "no such account");
        }
    }

    public List<UserAccount> list() {
        return jdbc.sql(SELECT_ACCOUNT + " ORDER BY username").query(this::account).list();
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE username = ?").param(username).query(this::account).optional();
    }

    /**
     * Creates the demo accounts {@code admin}, {@code analyst} and {@code viewer}, or refreshes them:
     * enabled, marked demo, with the given password. An existing account with one of these
     * usernames that is not a demo account is never taken over.
     */
    @Transactional
    public void ensureDemoUsers(String password) {
        if (password == null || password.isBlank()) {
            throw new AccountRejected("admin", "the demo password must not be blank");
        }
        // One hash for all three: they share the password by design, and bcrypt is slow on purpose.
        String hash = passwordEncoder.encode(password);
        for (DemoAccount account : DEMO_ACCOUNTS) {
            int updated = jdbc.sql("""
                            UPDATE app_user SET display_name = ?, password_hash = ?, role = ?, enabled = TRUE
                            WHERE username = ? AND demo = TRUE""")
                    .params(account.displayName(), hash, account.role().code(), account.username())
                    .update();
            if (updated == 0) {
                if (find(account.username()).isPresent()) {
                    throw new AccountRejected(account.username(),
                            "exists and is not a demo account; demo mode will not take it over");
                }
                jdbc.sql("""
                                INSERT INTO app_user (username, display_name, password_hash, role, enabled, demo)
                                VALUES (?, ?, ?, ?, TRUE, TRUE)""")
                        .params(account.username(), account.displayName(), hash, account.role().code())
                        .update();
            }
        }
    }

    /** Disables every demo account; returns how many were enabled before. */
    @Transactional
    public int disableDemoUsers() {
        return jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE demo = TRUE AND enabled = TRUE").update();
    }

    private void checkPassword(String username, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new AccountRejected(username,
                    "a password has at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
    }

    private UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.ofCode(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getBoolean("demo"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
