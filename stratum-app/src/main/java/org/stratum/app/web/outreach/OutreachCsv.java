package org.stratum.app.web.outreach;

import java.io.Writer;
import java.time.LocalDate;
import org.stratum.app.export.SpreadsheetCsv;
import org.stratum.engine.equity.OutreachPatients;
import org.stratum.engine.equity.OutreachQuery;

/**
 * An outreach list as CSV, every patient, written as the warehouse reads them (never all held at once);
 * names as typed by people, so through {@link SpreadsheetCsv}.
 */
final class OutreachCsv {
    private OutreachCsv() {
    }

    static void write(OutreachRequest request, OutreachPatients patients, OutreachQuery query, Writer out) {
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out)) {
            csv.record("measure", "group", "period_start", "period_end", "patient_id", "family_name", "given_name",
                    "birth_date", "preferred_language", "interpreter", "site_id", "site", "clinician", "last_visit");
            patients.each(query, p -> csv.record(request.measure().id(), request.group().id(),
                    request.period().start().toString(), request.period().end().toString(), p.patientId(),
                    text(p.familyName()), text(p.givenName()), date(p.birthDate()), p.language(), p.interpreter(),
                    text(p.siteId()), text(p.site()), text(p.clinician()), date(p.lastVisit())));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
