package org.stratum.core.measure;

import org.stratum.core.terminology.Coding;

/**
 * A single code a definition names directly (a CQL {@code code} declaration), read by the logic as
 * the one-row relation {@code vs_<name>(system, code)}, like a value set.
 */
public record CodeReference(String name, Coding coding) {
}
