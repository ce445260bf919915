package org.stratum.app.workflow.drivers;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stratum.app.workflow.exchange.Fields;
import org.stratum.app.workflow.exchange.WorkflowDataPart;
import org.stratum.core.toolkit.KeyDriver;

/**
 * The organisation's own wording of key drivers in the JSON export (drivers without one keep the
 * toolkit's words and are not exported); an import overwrites the wording it holds.
 */
@Component
public class DriverWordingPart implements WorkflowDataPart<DriverWordingPart.Wording> {

    /** One driver's wording as exported, the driver by its {@link KeyDriver} name. */
    public record Wording(String driver, String statement, String changedBy) {
    }

    private final JdbcClient jdbc;

    public DriverWordingPart(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "driverWording";
    }

    @Override
    public Class<Wording> type() {
        return Wording.class;
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public List<Wording> export() {
        return jdbc.sql("SELECT driver, statement, changed_by FROM key_driver_wording ORDER BY driver")
                .query((rs, row) -> new Wording(rs.getString("driver"), rs.getString("statement"), rs.getString("changed_by")))
                .list();
    }

    @Override
    public long storedRecords() {
        return 0;
    }

    @Override
    public void importRecord(Wording record, String username) {
        KeyDriver driver = Fields.code(record.driver(), "driver", KeyDriver::valueOf);
        String statement = Fields.required(record.statement(), "statement", 500);
        String changedBy = record.changedBy() == null ? username : Fields.required(record.changedBy(), "changedBy", 100);
        jdbc.sql("DELETE FROM key_driver_wording WHERE driver = ?").param(driver.name()).update();
        jdbc.sql("INSERT INTO key_driver_wording (driver, statement, changed_by) VALUES (?, ?, ?)")
                .params(driver.name(), statement, changedBy).update();
    }

    @Override
    public String describe(Wording record) {
        return "driver " + record.driver();
    }
}
