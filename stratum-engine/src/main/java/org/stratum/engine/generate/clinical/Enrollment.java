package org.stratum.engine.generate.clinical;

import java.time.LocalDate;
import org.stratum.engine.generate.record.AttributionRecord;
import org.stratum.engine.generate.record.CoverageRecord;

/** The patient's coverage and their assignment to a site and primary-care clinician. */
final class Enrollment implements CareProgram {
    @Override
    public void apply(CareContext c) {
        LocalDate start = c.person.firstSeen();
        LocalDate end = c.person.deathDate();
        c.patient.coverages.add(new CoverageRecord(c.newId('v'), c.person.payer(), start.withDayOfMonth(1), end));
        c.patient.attributions.add(new AttributionRecord(c.person.site().id(), c.person.primaryClinician().id(), start,
                end));
    }
}
