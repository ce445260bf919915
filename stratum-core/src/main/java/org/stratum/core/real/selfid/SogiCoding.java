package org.stratum.core.real.selfid;

/** Code systems of the sexual orientation and gender identity answers (real-standards.md §4). */
final class SogiCoding {
    static final String SNOMED = "http://snomed.info/sct";
    static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

    private SogiCoding() {
    }
}
