package org.stratum.app.web.measures;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.stratum.app.annotations.ChartAnnotation;
import org.stratum.app.annotations.ChartAnnotations;
import org.stratum.app.annotations.ChartTarget;
import org.stratum.app.annotations.ChartTargets;

/**
 * Two sources of change annotations for the Monitor's tests, as the workflow's PDSA cycles would give:
 * a change for the whole blood-pressure measure that starts a new phase in mid-November 2025, and one
 * for Spanish speakers only that does not; and two aims for Spanish speakers, as improvement efforts
 * would give, of which the later one is the chart's target.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MonitorAnnotations {
    static final String MEASURE = "controlling-high-blood-pressure";
    static final ChartAnnotation OUTREACH = new ChartAnnotation(MEASURE, null, null, LocalDate.of(2025, 11, 15),
            "Outreach calls begin", "/workflow/cycles/7", true);
    static final ChartAnnotation SPANISH_REMINDERS = new ChartAnnotation(MEASURE, "language", "es",
            LocalDate.of(2025, 11, 1), "Spanish-language reminders", null, false);
    static final ChartTarget SPANISH_FIRST_AIM = new ChartTarget(MEASURE, "language", "es", 0.55,
            LocalDate.of(2025, 12, 31), "Aim: 55% by 2025-12-31", "/efforts/1");
    static final ChartTarget SPANISH_AIM = new ChartTarget(MEASURE, "language", "es", 0.9, LocalDate.of(2026, 6, 30),
            "Aim: 90% by 2026-06-30", "/efforts/2");

    @Bean
    ChartAnnotations outreachCycle() {
        return measureId -> measureId.equals(MEASURE) ? List.of(OUTREACH) : List.of();
    }

    @Bean
    ChartAnnotations spanishRemindersCycle() {
        return measureId -> measureId.equals(MEASURE) ? List.of(SPANISH_REMINDERS) : List.of();
    }

    @Bean
    ChartTargets spanishAims() {
        return measureId -> measureId.equals(MEASURE) ? List.of(SPANISH_AIM, SPANISH_FIRST_AIM) : List.of();
    }
}
