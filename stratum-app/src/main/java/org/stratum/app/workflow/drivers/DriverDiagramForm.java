package org.stratum.app.workflow.drivers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stratum.core.toolkit.KeyDriver;

/** The form that rewords the driver diagram: aim, target population and one statement per key driver. */
public class DriverDiagramForm {

    @NotBlank(message = "{drivers.form.aimRequired}")
    @Size(max = 2000, message = "{drivers.form.aimLong}")
    private String aim = "";

    @NotBlank(message = "{drivers.form.targetPopulationRequired}")
    @Size(max = 2000, message = "{drivers.form.targetPopulationLong}")
    private String targetPopulation = "";

    /** In {@link KeyDriver} order; the column holds 500 characters. */
    private List<@NotBlank(message = "{drivers.form.statementRequired}")
            @Size(max = 500, message = "{drivers.form.statementLong}") String> statements =
            new ArrayList<>();

    static DriverDiagramForm of(OrganisationDriverDiagram diagram) {
        DriverDiagramForm form = new DriverDiagramForm();
        form.setAim(diagram.aim());
        form.setTargetPopulation(diagram.targetPopulation());
        form.setStatements(diagram.drivers().stream().map(DriverStatement::statement).toList());
        return form;
    }

    /** The diagram this form describes; call only when it has exactly one statement per driver. */
    OrganisationDriverDiagram diagram() {
        return new OrganisationDriverDiagram(aim, targetPopulation, Arrays.stream(KeyDriver.values())
                .map(driver -> new DriverStatement(driver, statements.get(driver.ordinal())))
                .toList());
    }

    boolean hasOneStatementPerDriver() {
        return statements.size() == KeyDriver.values().length;
    }

    public String getAim() {
        return aim;
    }

    public void setAim(String aim) {
        this.aim = aim == null ? "" : aim.strip();
    }

    public String getTargetPopulation() {
        return targetPopulation;
    }

    public void setTargetPopulation(String targetPopulation) {
        this.targetPopulation = targetPopulation == null ? "" : targetPopulation.strip();
    }

    public List<String> getStatements() {
        return statements;
    }

    public void setStatements(List<String> statements) {
        this.statements = new ArrayList<>(statements.stream().map(s -> s == null ? "" : s.strip()).toList());
    }
}
