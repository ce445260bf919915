package org.stratum.app.organisation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which care sites each person is assigned to ({@code user_site}), and what that lets them see at
 * patient level: viewers nothing, analysts their sites, administrators their sites or, when an
 * administrator has none assigned, every site.
 */
@Service
public class UserSites {
    private final JdbcClient jdbc;

    public UserSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The warehouse site ids assigned to a person, in name order; empty for an unknown username. */
    public List<String> assigned(String username) {
        return jdbc.sql("""
                        SELECT s.site_key FROM user_site us
                        JOIN app_user u ON u.id = us.user_id
                        JOIN care_site s ON s.id = us.care_site_id
                        WHERE u.username = ? ORDER BY s.name""")
                .param(username).query(String.class).list();
    }

    /** The patient-level scope of a signed-in person; nothing for a disabled or unknown account. */
    public SiteScope scopeOf(String username) {
        List<String> roles = jdbc.sql("SELECT role FROM app_user WHERE username = ? AND enabled")
                .param(username).query(String.class).list();
        if (roles.isEmpty() || roles.get(0).equals("viewer")) {
            return SiteScope.NONE;
        }
        List<String> sites = assigned(username);
        boolean allSites = roles.get(0).equals("admin") && sites.isEmpty();
        return new SiteScope(allSites, new LinkedHashSet<>(sites));
    }

    /**
     * Replaces a person's sites with the given warehouse site ids.
     *
     * @throws IllegalArgumentException naming the first unknown username or site id; nothing changes
     */
    @Transactional
    public void assign(String username, Collection<String> siteKeys) {
        Long userId = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username)
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No user named '" + username + "'"));
        Set<String> wanted = new LinkedHashSet<>(siteKeys);
        List<Long> siteIds = wanted.stream().map(key -> jdbc.sql("SELECT id FROM care_site WHERE site_key = ?")
                .param(key).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No care site with id '" + key + "'"))).toList();
        jdbc.sql("DELETE FROM user_site WHERE user_id = ?").param(userId).update();
        siteIds.forEach(siteId -> jdbc.sql("INSERT INTO user_site (user_id, care_site_id) VALUES (?, ?)")
                .params(userId, siteId).update());
    }
}
