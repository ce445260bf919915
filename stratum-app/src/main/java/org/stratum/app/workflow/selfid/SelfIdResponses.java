package org.stratum.app.workflow.selfid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stratum.app.audit.AuditLog;
import org.stratum.core.real.selfid.SelfIdentification;
import org.stratum.engine.real.selfid.SelfIdQuestionnaireResponses;
import org.stratum.engine.real.selfid.SelfReportToWarehouse;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The answers patients give on the form. Sending them spends the code, applies the answers to the
 * warehouse as self-reported data and keeps the FHIR QuestionnaireResponse in the workflow store,
 * all or nothing: if the warehouse cannot take them, the code stays unused and nothing is kept.
 */
@Repository
public class SelfIdResponses {

    private final JdbcClient jdbc;
    private final SelfIdCodes codes;
    private final ObjectProvider<Warehouse> warehouse;
    private final AuditLog audit;

    public SelfIdResponses(JdbcClient jdbc, SelfIdCodes codes, ObjectProvider<Warehouse> warehouse, AuditLog audit) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.warehouse = warehouse;
        this.audit = audit;
    }

    /**
     * Stores one patient's answers given with a code.
     *
     * @throws CodeNoLongerValid when the code was used meanwhile or has expired
     */
    @Transactional
    public SelfReportToWarehouse.Outcome submit(long codeId, SelfIdentification answers, FormLanguage formLanguage) {
        IssuedCode code = codes.use(codeId).orElseThrow(() -> new CodeNoLongerValid(codeId));
        Instant answeredAt = Instant.now();
        String json = SelfIdQuestionnaireResponses.toJson(SelfIdQuestionnaireResponses.of(code.patientId(), answers,
                answeredAt, formLanguage.tag()));
        LocalDate answeredOn = LocalDate.ofInstant(answeredAt, ZoneOffset.UTC);
        SelfReportToWarehouse.Outcome outcome = new SelfReportToWarehouse(warehouse.getObject())
                .apply(code.patientId(), answers, answeredOn, "code-" + codeId);
        jdbc.sql("""
                        INSERT INTO self_id_response (code_id, patient_id, issued_by, answered_at, form_language,
                            questionnaire_response, warehouse_outcome) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(codeId, code.patientId(), code.issuedBy(), answeredAt.atOffset(ZoneOffset.UTC),
                        formLanguage.tag(), json, outcomeCode(outcome))
                .update();
        audit.record(null, "selfid.answer", "patient/" + code.patientId(),
                "form in " + formLanguage.tag() + ", code issued by " + code.issuedBy() + ", " + outcomeCode(outcome));
        return outcome;
    }

    static String outcomeCode(SelfReportToWarehouse.Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
