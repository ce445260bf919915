package org.stratum.engine.generate.network;

import java.util.List;
import org.stratum.engine.generate.people.PrimaryGroup;

/**
 * A care site of the synthetic network: where it is, whom it serves (its share of patients and
 * their mix of groups), whether it has interpreters, and how well it records REAL data.
 *
 * @param groupMix share of each {@link PrimaryGroup}, in enum order, among the site's patients
 */
public record CareSite(String id, String name, String city, String zip, double patientShare, List<Area> areas,
                       double[] groupMix, InterpreterServices interpreterServices, RealCollection realCollection) {

    public double share(PrimaryGroup group) {
        return groupMix[group.ordinal()];
    }
}
