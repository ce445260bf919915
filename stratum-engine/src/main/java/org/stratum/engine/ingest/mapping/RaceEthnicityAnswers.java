package org.stratum.engine.ingest.mapping;

import java.util.Arrays;
import java.util.Optional;
import org.stratum.core.real.CdcRaceEthnicityCodeSet;
import org.stratum.core.real.CdcRaceEthnicityCodeSet.Concept;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.terminology.CodeSystems;

/**
 * What a race or ethnicity answer stores (docs/data-model.md, {@code patient_race_ethnicity}): a CDC
 * Race &amp; Ethnicity code with its display, the OMB 2024 minimum category it rolls up to and whether
 * it is a detailed group; or a non-answer (declined, unknown, asked-no-answer) with its null-flavour
 * coding, which is data, never dropped.
 */
final class RaceEthnicityAnswers {
    private static final CdcRaceEthnicityCodeSet CODES = CdcRaceEthnicityCodeSet.load();

    private RaceEthnicityAnswers() {
    }

    /** The answer a mapping's target stands for: a CDC code or a non-answer's name. */
    static Optional<MappedValue> of(String local, int line, String target) {
        Optional<ResponseStatus> nonAnswer = Arrays.stream(ResponseStatus.values())
                .filter(s -> s != ResponseStatus.ANSWERED)
                .filter(s -> s.code().equals(target) || s.fhirCode().equals(target))
                .findFirst();
        if (nonAnswer.isPresent()) {
            ResponseStatus status = nonAnswer.get();
            return Optional.of(new MappedValue(local, line, status.fhirCode(), status.fhirSystem(), status.fhirCode(),
                    status.fhirDisplay(), status.code(), null, false));
        }
        return CODES.concept(target).map(c -> answer(local, line, c));
    }

    /** Every CDC race and ethnicity code. */
    static Iterable<Concept> concepts() {
        return CODES.concepts().values();
    }

    static MappedValue answer(String local, int line, Concept concept) {
        return new MappedValue(local, line, concept.code(), CodeSystems.CDC_RACE_ETHNICITY, concept.code(),
                concept.display(), ResponseStatus.ANSWERED.code(), concept.category().map(OmbCategory::key).orElse(null),
                isDetailed(concept));
    }

    /**
     * The code set's top level holds the minimum categories (the five 1997 races, Other Race, Hispanic
     * or Latino, Not Hispanic or Latino); so does Middle Eastern or North African, a minimum category
     * since OMB's 2024 revision though the code set keeps it under White. Everything else is a detailed
     * group.
     */
    private static boolean isDetailed(Concept concept) {
        return concept.level() > 0 && !concept.code().equals(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN.cdcCode());
    }
}
