package org.stratum.app.workflow.drivers;

import java.util.List;
import org.springframework.stereotype.Component;
import org.stratum.app.organisation.Organisation;
import org.stratum.app.organisation.Organisations;
import org.stratum.app.workflow.exchange.Fields;
import org.stratum.app.workflow.exchange.WorkflowDataPart;

/** The organisation's aim and target population in the JSON export; an import overwrites them. */
@Component
public class OrganisationAimPart implements WorkflowDataPart<OrganisationAimPart.Aim> {

    /** The aim as exported. */
    public record Aim(String aim, String targetPopulation) {
    }

    private final Organisations organisations;

    public OrganisationAimPart(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public String name() {
        return "organisationAim";
    }

    @Override
    public Class<Aim> type() {
        return Aim.class;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public List<Aim> export() {
        Organisation organisation = organisations.current();
        return List.of(new Aim(organisation.aim(), organisation.targetPopulation()));
    }

    @Override
    public long storedRecords() {
        return 0;
    }

    @Override
    public void importRecord(Aim record, String username) {
        organisations.changeAim(organisations.current().id(), Fields.required(record.aim(), "aim", 2000),
                Fields.required(record.targetPopulation(), "targetPopulation", 2000));
    }

    @Override
    public String describe(Aim record) {
        return "the aim";
    }
}
