package org.stratum.engine.generate.record;

import java.time.LocalDate;
import org.stratum.engine.generate.people.Payer;

/** The patient's insurance over a period. */
public record CoverageRecord(String id, Payer payer, LocalDate start, LocalDate end) {
}
