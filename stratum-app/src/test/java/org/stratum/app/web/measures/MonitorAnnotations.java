package org.stratum.app.web.measures;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.stratum.app.annotations.ChartAnnotation;
import org.stratum.app.annotations.ChartAnnotations;

/**
 * Two sources of change annotations for the Monitor's tests, as the workflow's PDSA cycles would give:
 * a change for the whole blood-pressure measure that starts a new phase in mid-November 2025, and one
 * for Spanish speakers only that does not.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MonitorAnnotations {
    static final String MEASURE = "controlling-high-blood-pressure";
    static final ChartAnnotation OUTREACH = new ChartAnnotation(MEASURE, null, null, LocalDate.of(2025, 11, 15),
            "Outreach calls begin", "/workflow/cycles/7", true);
    static final ChartAnnotation SPANISH_REMINDERS = new ChartAnnotation(MEASURE, "language", "es",
            LocalDate.of(2025, 11, 1), "Spanish-language reminders", null, false);

    @Bean
    ChartAnnotations outreachCycle() {
        return measureId -> measureId.equals(MEASURE) ? List.of(OUTREACH) : List.of();
    }

    @Bean
    ChartAnnotations spanishRemindersCycle() {
        return measureId -> measureId.equals(MEASURE) ? List.of(SPANISH_REMINDERS) : List.of();
    }
}
