package org.stratum.app.annotations;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rate a team aims for, to judge a monitoring chart against (Making Data Count "assurance": can the
 * process as it stands be relied on to meet it?) and to draw on the chart.
 *
 * @param dimension the stratifying dimension it concerns ({@code language}…)
 * @param stratum   the stratum within that dimension, by its label or code, as annotations name it
 * @param rate      the target as a proportion, 0 to 1
 * @param by        the day it should be reached
 * @param label     what people read beside the target line, short
 * @param link      the page the target comes from (an improvement effort), or null
 */
public record ChartTarget(String measureId, String dimension, String stratum, double rate, LocalDate by, String label,
        String link) {

    public ChartTarget {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(stratum, "stratum");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(label, "label");
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("A target is a proportion from 0 to 1, not " + rate);
        }
    }
}
