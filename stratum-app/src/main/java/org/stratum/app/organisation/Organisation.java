package org.stratum.app.organisation;

import java.time.OffsetDateTime;

/**
 * The organisation using this instance, with the aim and target population of its driver diagram.
 */
public record Organisation(long id, String name, String aim, String targetPopulation, OffsetDateTime createdAt) {
}
