package org.stratum.engine.generate.clinical;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A planned encounter that care programs attach their observations and procedures to. */
record Visit(String id, Kind kind, LocalDateTime start, LocalDateTime end, String siteId, String clinicianId) {

    enum Kind { OFFICE, PREVENTIVE, WELL_CHILD, TELEPHONE }

    Visit withId(String newId) {
        return new Visit(newId, kind, start, end, siteId, clinicianId);
    }

    LocalDate day() {
        return start.toLocalDate();
    }

    int year() {
        return start.getYear();
    }

    boolean inPerson() {
        return kind != Kind.TELEPHONE;
    }
}
