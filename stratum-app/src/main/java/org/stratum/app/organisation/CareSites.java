package org.stratum.app.organisation;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's care sites in the workflow store, keyed by the warehouse's site id. */
@Repository
public class CareSites {
    private final JdbcClient jdbc;

    public CareSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A care site: its workflow-store id, the warehouse's site id, and its name. */
    public record CareSite(long id, String siteKey, String name) {
    }

    public List<CareSite> list() {
        return jdbc.sql("SELECT id, site_key, name FROM care_site ORDER BY name")
                .query((rows, n) -> new CareSite(rows.getLong(1), rows.getString(2), rows.getString(3)))
                .list();
    }

    /** Adds a site the warehouse names, or renames it; sites are never removed, users may refer to them. */
    @Transactional
    public void upsert(long organisationId, String siteKey, String name) {
        int renamed = jdbc.sql("UPDATE care_site SET name = ? WHERE site_key = ?").params(name, siteKey).update();
        if (renamed == 0) {
            jdbc.sql("INSERT INTO care_site (site_key, name, organisation_id) VALUES (?, ?, ?)")
                    .params(siteKey, name, organisationId).update();
        }
    }
}
