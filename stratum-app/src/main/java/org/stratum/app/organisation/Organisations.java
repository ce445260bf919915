package org.stratum.app.organisation;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stratum.core.toolkit.DriverDiagram;

/** The organisation row of the workflow store. An instance serves one organisation. */
@Repository
public class Organisations {

    private final JdbcClient jdbc;

    public Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation; there is always one once the application has started. */
    public Organisation current() {
        return find().orElseThrow(() -> new IllegalStateException(
                "The workflow store has no organisation row; it is created when the application starts"));
    }

    /**
     * Creates the organisation if there is none yet, named {@code name} with the toolkit's aim and
     * target population; an existing organisation is left as it is.
     */
    @Transactional
    public Organisation ensureExists(String name) {
        return find().orElseGet(() -> {
            DriverDiagram toolkit = DriverDiagram.toolkitDefault();
            jdbc.sql("INSERT INTO organisation (name, aim, target_population) VALUES (?, ?, ?)")
                    .params(name, toolkit.aim(), toolkit.targetPopulation())
                    .update();
            return current();
        });
    }

    /** Renames the organisation. */
    @Transactional
    public void rename(long id, String name) {
        int updated = jdbc.sql("UPDATE organisation SET name = ? WHERE id = ?").params(name, id).update();
        if (updated != 1) {
            throw new IllegalArgumentException("No organisation with id " + id);
        }
    }

    /** Rewrites the aim and target population of the organisation's driver diagram. */
    @Transactional
    public void changeAim(long id, String aim, String targetPopulation) {
        int updated = jdbc.sql("UPDATE organisation SET aim = ?, target_population = ? WHERE id = ?")
                .params(aim, targetPopulation, id).update();
        if (updated != 1) {
            throw new IllegalArgumentException("No organisation with id " + id);
        }
    }

    private Optional<Organisation> find() {
        return jdbc.sql("""
                        SELECT id, name, aim, target_population, created_at
                        FROM organisation ORDER BY id FETCH FIRST 1 ROWS ONLY""")
                .query((rs, row) -> new Organisation(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("aim"),
                        rs.getString("target_population"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .optional();
    }
}
