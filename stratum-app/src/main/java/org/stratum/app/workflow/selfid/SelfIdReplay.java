package org.stratum.app.workflow.selfid;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stratum.engine.real.selfid.SelfIdQuestionnaireResponses;
import org.stratum.engine.real.selfid.SelfReportToWarehouse;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Puts the patients' stored answers back into the warehouse. The warehouse is derived data, rebuilt
 * from the import ledger, which does not hold the form's answers; the workflow store does. Applying
 * an answer again is harmless (the same day's form rows are replaced, a newer self-report still
 * wins), so every stored response is re-applied, oldest first, when the application starts. A
 * response whose patient was missing is tried again too, in case a later import brought them.
 */
@Component
public class SelfIdReplay {
    private static final Logger LOG = LoggerFactory.getLogger(SelfIdReplay.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<Warehouse> warehouse;

    public SelfIdReplay(JdbcClient jdbc, ObjectProvider<Warehouse> warehouse) {
        this.jdbc = jdbc;
        this.warehouse = warehouse;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        Warehouse w = warehouse.getIfAvailable();
        if (w != null) {
            int replayed = reapplyAll(w);
            if (replayed > 0) {
                LOG.info("Re-applied {} self-identification responses to the warehouse", replayed);
            }
        }
    }

    /** Re-applies every stored response; returns how many there were. */
    public int reapplyAll(Warehouse target) {
        List<Stored> stored = jdbc.sql("""
                        SELECT id, code_id, patient_id, answered_at, questionnaire_response FROM self_id_response
                        ORDER BY answered_at, id""")
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getLong("code_id"), rs.getString("patient_id"),
                        rs.getObject("answered_at", OffsetDateTime.class), rs.getString("questionnaire_response")))
                .list();
        SelfReportToWarehouse kiosk = new SelfReportToWarehouse(target);
        for (Stored response : stored) {
            SelfReportToWarehouse.Outcome outcome = kiosk.apply(response.patientId(),
                    SelfIdQuestionnaireResponses.read(SelfIdQuestionnaireResponses.fromJson(response.json())),
                    LocalDate.ofInstant(response.answeredAt().toInstant(), ZoneOffset.UTC),
                    "code-" + response.codeId());
            jdbc.sql("UPDATE self_id_response SET warehouse_outcome = ? WHERE id = ?")
                    .params(SelfIdResponses.outcomeCode(outcome), response.id()).update();
        }
        return stored.size();
    }

    private record Stored(long id, long codeId, String patientId, OffsetDateTime answeredAt, String json) {
    }
}
