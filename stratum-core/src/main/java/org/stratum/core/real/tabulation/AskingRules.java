package org.stratum.core.real.tabulation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ResponseStatus;

/**
 * The rules that turn one asking's answers into a {@link ReportedIdentity}, for either form of the
 * question. Written out one by one so the SQL version can follow them (docs/statistics.md, Part II,
 * has them as a table).
 *
 * <ul>
 *   <li>An answer's minimum category comes from its CDC code through the {@link CdcHierarchy}
 *       when the code is in the set, else from the category recorded with it.</li>
 *   <li>If the asking used the 2024 combined question, only those answers count (the newer standard
 *       wins over 1997 answers recorded the same day).</li>
 *   <li>2024 → 1997 (real-standards.md §1): Hispanic selected → Hispanic ethnicity; otherwise answered
 *       → not Hispanic; MENA → White; Hispanic only → no 1997 race, so race unknown, never White.</li>
 *   <li>1997 → 2024: Hispanic ethnicity → Hispanic; races as given; a White answer whose detail is
 *       only MENA groups (under 2118-8, or Arab 2129-5) → MENA instead of White; White without
 *       detail stays White and the identity is marked bridged. On the 1997 form a code counts for
 *       what it is, whichever of the two questions it was recorded under.</li>
 * </ul>
 */
public final class AskingRules {
    private AskingRules() {
    }

    public static ReportedIdentity read(String patientId, List<RaceEthnicityAnswer> asking, CdcHierarchy hierarchy) {
        List<RaceEthnicityAnswer> combined = asking.stream().filter(a -> a.question() == Question.COMBINED).toList();
        if (asking.isEmpty()) {
            return ReportedIdentity.unknown(patientId);
        }
        return combined.isEmpty() ? TwoQuestionReading.read(patientId, asking, hierarchy)
                : readCombined(patientId, combined, hierarchy);
    }

    private static ReportedIdentity readCombined(String patientId, List<RaceEthnicityAnswer> rows,
                                                 CdcHierarchy hierarchy) {
        Set<OmbCategory> categories = EnumSet.noneOf(OmbCategory.class);
        List<DetailedGroup> detailed = new ArrayList<>();
        boolean otherRace = false;
        for (RaceEthnicityAnswer row : rows) {
            if (!row.answered()) {
                continue;
            }
            otherRace |= CdcHierarchy.OTHER_RACE.equals(row.code());
            Optional<OmbCategory> category = categoryOf(row, hierarchy);
            category.ifPresent(categories::add);
            if (row.detailed() && category.isPresent()) {
                detailed.add(detailedGroup(row, category.get()));
            }
        }
        ResponseStatus nonAnswer = strongestNonAnswer(rows);
        boolean answered = !categories.isEmpty() || otherRace;
        ResponseStatus status = answered ? ResponseStatus.ANSWERED : nonAnswer;
        Ethnicity1997 ethnicity = !answered ? Ethnicity1997.NOT_REPORTED
                : categories.contains(OmbCategory.HISPANIC_OR_LATINO) ? Ethnicity1997.HISPANIC_OR_LATINO
                : Ethnicity1997.NOT_HISPANIC_OR_LATINO;
        Set<OmbCategory> races = EnumSet.noneOf(OmbCategory.class);
        for (OmbCategory category : categories) {
            race1997(category).ifPresent(races::add);
        }
        ResponseStatus raceStatus = !races.isEmpty() || otherRace ? ResponseStatus.ANSWERED
                : answered ? ResponseStatus.UNKNOWN : nonAnswer;
        return new ReportedIdentity(patientId, categories, otherRace, detailed, status, ethnicity,
                answered ? ResponseStatus.ANSWERED : nonAnswer, races, raceStatus, false);
    }

    /** The 1997 race of a 2024 category: MENA is White, Hispanic or Latino has none. */
    static Optional<OmbCategory> race1997(OmbCategory category) {
        return switch (category) {
            case HISPANIC_OR_LATINO -> Optional.empty();
            case MIDDLE_EASTERN_OR_NORTH_AFRICAN -> Optional.of(OmbCategory.WHITE);
            default -> Optional.of(category);
        };
    }

    static Optional<OmbCategory> categoryOf(RaceEthnicityAnswer row, CdcHierarchy hierarchy) {
        String code = row.code();
        if (code != null && hierarchy.contains(code)) {
            return hierarchy.minimumCategoryOf(code);
        }
        return Optional.ofNullable(row.category());
    }

    static DetailedGroup detailedGroup(RaceEthnicityAnswer row, OmbCategory category) {
        String display = row.coding() != null && row.coding().display() != null ? row.coding().display()
                : row.writeIn() != null ? row.writeIn() : row.code();
        return new DetailedGroup(row.code(), display, category);
    }

    /** Declined before asked-but-no-answer before unknown; unknown when there is no non-answer. */
    static ResponseStatus strongestNonAnswer(List<RaceEthnicityAnswer> rows) {
        ResponseStatus strongest = ResponseStatus.UNKNOWN;
        for (RaceEthnicityAnswer row : rows) {
            if (row.response() == ResponseStatus.DECLINED) {
                return ResponseStatus.DECLINED;
            }
            if (row.response() == ResponseStatus.ASKED_NO_ANSWER) {
                strongest = ResponseStatus.ASKED_NO_ANSWER;
            }
        }
        return strongest;
    }
}
