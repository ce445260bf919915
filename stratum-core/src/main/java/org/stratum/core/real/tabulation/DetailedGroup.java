package org.stratum.core.real.tabulation;

import org.stratum.core.real.OmbCategory;

/**
 * A detailed group a patient named (e.g. Hmong, Salvadoran, Lebanese), with the minimum category it
 * rolls up to. {@code code} is null for a write-in without a CDC code (e.g. Somali, Moroccan).
 */
public record DetailedGroup(String code, String display, OmbCategory category) {
}
