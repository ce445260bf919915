package org.stratum.engine.generate.clinical;

/** One strand of primary care (blood pressure, cancer screening, immunizations…) that adds records. */
interface CareProgram {
    void apply(CareContext context);
}
