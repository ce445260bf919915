package org.stratum.core.real.tabulation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ResponseStatus;

/**
 * Reads an asking on the 1997 two-question form (ethnicity, then race) into a
 * {@link ReportedIdentity}, deriving the 2024 view as {@link AskingRules} describes.
 */
final class TwoQuestionReading {
    private TwoQuestionReading() {
    }

    static ReportedIdentity read(String patientId, List<RaceEthnicityAnswer> rows, CdcHierarchy hierarchy) {
        List<RaceEthnicityAnswer> ethnicityRows = rows.stream().filter(a -> a.question() == Question.ETHNICITY).toList();
        List<RaceEthnicityAnswer> raceRows = rows.stream().filter(a -> a.question() == Question.RACE).toList();
        List<DetailedGroup> detailed = new ArrayList<>();
        boolean notHispanic = false;
        Set<OmbCategory> minimums = EnumSet.noneOf(OmbCategory.class);
        Set<OmbCategory> details = EnumSet.noneOf(OmbCategory.class);
        boolean otherRace = false;
        // A code counts for what it is, whichever of the two questions it was recorded under
        // (systems do put Hispanic in the race field, or a detailed race in the ethnicity one).
        for (RaceEthnicityAnswer row : rows) {
            if (!row.answered()) {
                continue;
            }
            otherRace |= CdcHierarchy.OTHER_RACE.equals(row.code());
            notHispanic |= CdcHierarchy.NOT_HISPANIC_OR_LATINO.equals(row.code());
            Optional<OmbCategory> category = AskingRules.categoryOf(row, hierarchy);
            if (category.isEmpty()) {
                continue;
            }
            if (row.detailed()) {
                details.add(category.get());
                detailed.add(AskingRules.detailedGroup(row, category.get()));
            } else {
                minimums.add(category.get());
            }
        }
        Set<OmbCategory> categories = EnumSet.noneOf(OmbCategory.class);
        categories.addAll(details);
        categories.addAll(minimums);
        // 1997 had no MENA: a White box ticked with only MENA detail meant MENA, not White too.
        if (details.contains(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN) && !details.contains(OmbCategory.WHITE)) {
            categories.remove(OmbCategory.WHITE);
        }
        boolean hispanic = categories.contains(OmbCategory.HISPANIC_OR_LATINO);
        Set<OmbCategory> races = EnumSet.noneOf(OmbCategory.class);
        for (OmbCategory category : categories) {
            AskingRules.race1997(category).ifPresent(races::add);
        }
        Ethnicity1997 ethnicity = hispanic ? Ethnicity1997.HISPANIC_OR_LATINO
                : notHispanic ? Ethnicity1997.NOT_HISPANIC_OR_LATINO : Ethnicity1997.NOT_REPORTED;
        ResponseStatus ethnicityStatus = ethnicity == Ethnicity1997.NOT_REPORTED
                ? AskingRules.strongestNonAnswer(ethnicityRows) : ResponseStatus.ANSWERED;
        ResponseStatus raceStatus = !races.isEmpty() || otherRace ? ResponseStatus.ANSWERED
                : AskingRules.strongestNonAnswer(raceRows);
        boolean answered = !categories.isEmpty() || otherRace;
        ResponseStatus status = answered ? ResponseStatus.ANSWERED : AskingRules.strongestNonAnswer(rows);
        return new ReportedIdentity(patientId, categories, otherRace, detailed, status, ethnicity, ethnicityStatus,
                races, raceStatus, true);
    }
}
