package org.stratum.app.api;

import java.util.List;

/**
 * A measure in the API's list: its ids, name, which direction is better and the periods computed for it.
 *
 * @param cmsId null for a measure without one
 */
public record MeasureSummary(String id, String cmsId, String name, String better, List<String> periods) {
}
