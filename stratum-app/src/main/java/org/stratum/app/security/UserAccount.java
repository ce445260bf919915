package org.stratum.app.security;

import java.time.OffsetDateTime;

/** A person who may sign in, as administrators see it (never with the password hash). */
public record UserAccount(long id, String username, String displayName, Role role, boolean enabled, boolean demo,
                          OffsetDateTime createdAt) {
}
