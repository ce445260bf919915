package org.stratum.engine.equity;

import java.util.List;

/** One page of an outreach list, and how many patients the whole list holds. */
public record OutreachPage(long total, List<OutreachPatient> patients) {

    public OutreachPage {
        patients = List.copyOf(patients);
    }
}
