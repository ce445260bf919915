package org.stratum.app.workflow.due;

import java.time.LocalDate;

/**
 * One thing the improvement workflow asks for soon.
 *
 * @param kind    {@code reassessment}, {@code cycle-ending}, {@code pdsa-study} or {@code foundations}
 * @param what    what is due, in words
 * @param link    where to do it
 * @param dueOn   the day it is due
 * @param overdue whether that day has passed
 */
public record DueItem(String kind, String what, String link, LocalDate dueOn, boolean overdue) {
}
