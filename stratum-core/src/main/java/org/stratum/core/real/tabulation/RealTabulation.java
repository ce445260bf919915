package org.stratum.core.real.tabulation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns patients to REAL strata: keeps the answers the {@link ReportingSourceFilter} admits, takes
 * each patient's {@link LatestAsking}, reads it with the {@link AskingRules}, and applies a
 * {@link TabulationMethod}. Everyone in the population is tabulated: a patient with no admitted
 * answer is in the "unknown" stratum, never dropped. Pure functions over in-memory rows; the SQL
 * version follows the same rules.
 */
public final class RealTabulation {
    private final CdcHierarchy hierarchy;
    private final ReportingSourceFilter filter;

    public RealTabulation(CdcHierarchy hierarchy, ReportingSourceFilter filter) {
        this.hierarchy = hierarchy;
        this.filter = filter;
    }

    /** What each patient of the population reported; patients without answers are unknown. */
    public Map<String, ReportedIdentity> identities(Collection<String> population, Collection<RaceEthnicityAnswer> answers) {
        Set<String> wanted = new LinkedHashSet<>(population);
        List<RaceEthnicityAnswer> relevant = answers.stream().filter(a -> wanted.contains(a.patientId())).toList();
        Map<String, List<RaceEthnicityAnswer>> latest = LatestAsking.byPatient(relevant, filter);
        Map<String, ReportedIdentity> identities = new LinkedHashMap<>();
        for (String patient : wanted) {
            List<RaceEthnicityAnswer> asking = latest.get(patient);
            identities.put(patient, asking == null ? ReportedIdentity.unknown(patient)
                    : AskingRules.read(patient, asking, hierarchy));
        }
        return identities;
    }

    /** Tabulates the population; answers of patients outside it are ignored. */
    public Tabulation tabulate(TabulationMethod method, Collection<String> population,
                               Collection<RaceEthnicityAnswer> answers) {
        return tabulateIdentities(method, identities(population, answers).values());
    }

    /** Tabulates everyone who has at least one answer on record. */
    public Tabulation tabulate(TabulationMethod method, Collection<RaceEthnicityAnswer> answers) {
        Set<String> everyone = new LinkedHashSet<>();
        answers.forEach(a -> everyone.add(a.patientId()));
        return tabulate(method, everyone, answers);
    }

    /** Tabulates identities already read, e.g. to show several methods over one reading. */
    public static Tabulation tabulateIdentities(TabulationMethod method, Collection<ReportedIdentity> identities) {
        Map<String, List<Stratum>> byPatient = new LinkedHashMap<>();
        for (ReportedIdentity identity : identities) {
            byPatient.put(identity.patientId(), method.strataOf(identity));
        }
        return new Tabulation(method, byPatient);
    }
}
