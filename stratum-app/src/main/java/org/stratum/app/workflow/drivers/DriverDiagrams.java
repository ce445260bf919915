package org.stratum.app.workflow.drivers;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.organisation.Organisation;
import org.stratum.app.organisation.Organisations;
import org.stratum.core.toolkit.KeyDriver;

/**
 * The organisation's driver diagram in the workflow store: the aim and target population on the
 * {@code organisation} row, the drivers' wording in {@code key_driver_wording} (a driver without a
 * row keeps the toolkit's words).
 */
@Repository
public class DriverDiagrams {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final AuditLog audit;

    public DriverDiagrams(JdbcClient jdbc, Organisations organisations, AuditLog audit) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.audit = audit;
    }

    public OrganisationDriverDiagram current() {
        Organisation organisation = organisations.current();
        Map<KeyDriver, String> wording = new EnumMap<>(KeyDriver.class);
        jdbc.sql("SELECT driver, statement FROM key_driver_wording")
                .query((rs, row) -> wording.put(KeyDriver.valueOf(rs.getString("driver")), rs.getString("statement")))
                .list();
        List<DriverStatement> drivers = Arrays.stream(KeyDriver.values())
                .map(driver -> new DriverStatement(driver, wording.getOrDefault(driver, driver.statement())))
                .toList();
        return new OrganisationDriverDiagram(organisation.aim(), organisation.targetPopulation(), drivers);
    }

    /**
     * Rewrites the diagram: aim, target population and every driver's wording, in one transaction.
     * Each changed part is recorded in the audit log with who changed it.
     */
    @Transactional
    public void change(OrganisationDriverDiagram changed, String username) {
        OrganisationDriverDiagram before = current();
        if (!before.aim().equals(changed.aim()) || !before.targetPopulation().equals(changed.targetPopulation())) {
            organisations.changeAim(organisations.current().id(), changed.aim(), changed.targetPopulation());
            audit.record(username, "drivers.aim.change", "organisation", changed.aim());
        }
        for (DriverStatement driver : changed.drivers()) {
            if (!driver.statement().equals(before.statementOf(driver.driver()))) {
                reword(driver, username);
            }
        }
    }

    private void reword(DriverStatement driver, String username) {
        int updated = jdbc.sql("""
                        UPDATE key_driver_wording SET statement = ?, changed_by = ?, changed_at = CURRENT_TIMESTAMP
                        WHERE driver = ?""")
                .params(driver.statement(), username, driver.code())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO key_driver_wording (driver, statement, changed_by) VALUES (?, ?, ?)")
                    .params(driver.code(), driver.statement(), username)
                    .update();
        }
        audit.record(username, "drivers.wording.change", driver.code(), driver.statement());
    }
}
