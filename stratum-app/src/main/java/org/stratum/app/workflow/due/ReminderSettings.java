package org.stratum.app.workflow.due;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the home page reminds people of the improvement workflow, bound from
 * {@code stratum.workflow.reminders.*}.
 *
 * @param reassessEveryMonths          months from one self-assessment round's first day to the next
 *                                     round being due; the toolkit says every four to six. Default 6
 * @param discussFoundationsEveryWeeks weeks between foundations discussions (Quick Start step 7 asks
 *                                     for them regularly). Default 8
 * @param lookAheadDays                how far ahead a coming date is shown. Default 30
 */
@ConfigurationProperties("stratum.workflow.reminders")
@Validated
public record ReminderSettings(
        @Min(1) @Max(24) @DefaultValue("6") int reassessEveryMonths,
        @Min(1) @Max(52) @DefaultValue("8") int discussFoundationsEveryWeeks,
        @Min(0) @Max(180) @DefaultValue("30") int lookAheadDays) {
}
