package org.stratum.app.workflow.selfid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.stratum.app.TestWorkflowStore;
import org.stratum.app.audit.AuditLog;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.selfid.SelfIdentification;
import org.stratum.engine.real.selfid.SelfReportToWarehouse.Outcome;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The patient's answers outlive the warehouse: sent into one warehouse, kept in the (H2) workflow
 * store, and put back into a rebuilt warehouse that knows nothing of them.
 */
class SelfIdReplayTests {

    @TempDir
    Path dataDir;

    private SingleConnectionDataSource store;
    private JdbcClient jdbc;
    private Warehouse first;
    private Warehouse rebuilt;

    @BeforeEach
    void storeAndWarehouses() throws Exception {
        store = TestWorkflowStore.h2(dataDir);
        jdbc = JdbcClient.create(TestWorkflowStore.migrated(store));
        first = warehouseWithEhrPatient();
        rebuilt = warehouseWithEhrPatient();
    }

    @AfterEach
    void close() {
        first.close();
        rebuilt.close();
        store.destroy();
    }

    @Test
    void storedAnswersAreReappliedToARebuiltWarehouse() throws Exception {
        SelfIdCodes codes = new SelfIdCodes(jdbc, new AuditLog(jdbc), new SelfIdProperties(Duration.ofHours(24), 5,
                Duration.ofMinutes(15)));
        NewCode code = codes.issue("p-1", "north", FormLanguage.TAGALOG, "analyst");
        long codeId = codes.check(code.code(), "kiosk").code().orElseThrow().id();
        SelfIdResponses responses = new SelfIdResponses(jdbc, codes,
                new StaticListableBeanFactory(Map.of("warehouse", first)).getBeanProvider(Warehouse.class),
                new AuditLog(jdbc));
        SelfIdentification answers = new SelfIdentification(Set.of(OmbCategory.ASIAN), Set.of("filipino"), Map.of(),
                false, Optional.of("tl"), false, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        assertThat(responses.submit(codeId, answers, FormLanguage.TAGALOG)).isEqualTo(Outcome.APPLIED);
        assertThat(selfReported(first)).isEqualTo("ASIAN 2028-9, ASIAN 2036-2 / tl");
        assertThat(selfReported(rebuilt)).isEqualTo(" / en");

        SelfIdReplay replay = new SelfIdReplay(jdbc, new StaticListableBeanFactory().getBeanProvider(Warehouse.class));
        int replayed = replay.reapplyAll(rebuilt);
        assertThat(replayed).isEqualTo(1);
        assertThat(selfReported(rebuilt)).isEqualTo("ASIAN 2028-9, ASIAN 2036-2 / tl");
        // Applying again changes nothing.
        replay.reapplyAll(rebuilt);
        assertThat(selfReported(rebuilt)).isEqualTo("ASIAN 2028-9, ASIAN 2036-2 / tl");
        assertThat(jdbc.sql("SELECT form_language || ' ' || issued_by || ' ' || warehouse_outcome FROM self_id_response")
                .query(String.class).single()).isEqualTo("tl analyst applied");
    }

    private static Warehouse warehouseWithEhrPatient() throws Exception {
        Warehouse warehouse = Warehouse.inMemory();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO patient (patient_id, source, preferred_language, language_response,"
                    + " language_reporting_source) VALUES ('p-1', 'clinic-ehr', 'en', 'answered', 'staff-observed')");
        }
        return warehouse;
    }

    private static String selfReported(Warehouse warehouse) throws Exception {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT coalesce((SELECT string_agg(omb_category || ' ' || code, ', ' ORDER BY code)
                                 FROM patient_race_ethnicity WHERE reporting_source = 'self-reported'), '')
                       || ' / ' || (SELECT preferred_language FROM patient)""")) {
            r.next();
            return r.getString(1);
        }
    }
}
