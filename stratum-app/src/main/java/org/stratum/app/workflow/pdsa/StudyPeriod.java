package org.stratum.app.workflow.pdsa;

import org.stratum.core.measure.MeasurementPeriod;

/**
 * The effort's stratum and everyone, in one computed measurement period.
 *
 * @param stratum the effort's stratum; null when the period has no patients in it
 */
public record StudyPeriod(MeasurementPeriod period, StudyFigure stratum, StudyFigure everyone) {
}
