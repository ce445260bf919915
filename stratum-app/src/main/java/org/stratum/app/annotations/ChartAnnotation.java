package org.stratum.app.annotations;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated note to draw on a measure's monitoring charts, such as the start of a PDSA cycle's change.
 *
 * @param measureId          the measure whose charts show it
 * @param dimension          the stratifying dimension it concerns ({@code language}, {@code site}…), or
 *                           null when it concerns the whole measure
 * @param stratum            the stratum value within that dimension ({@code es}, {@code harbor}…), or
 *                           null with a null dimension
 * @param date               the day the change started
 * @param label              what people read beside the mark, short
 * @param link               the page that tells the whole story (a PDSA cycle), or null
 * @param startsNewPhase     true when the chart should start a new baseline (SPC phase) on this day
 */
public record ChartAnnotation(String measureId, String dimension, String stratum, LocalDate date, String label,
        String link, boolean startsNewPhase) {

    public ChartAnnotation {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        if ((dimension == null) != (stratum == null)) {
            throw new IllegalArgumentException("dimension and stratum are given together or not at all");
        }
    }
}
