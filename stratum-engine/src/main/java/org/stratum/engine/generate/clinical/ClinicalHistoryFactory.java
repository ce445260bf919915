package org.stratum.engine.generate.clinical;

import java.util.List;
import org.stratum.engine.generate.Rng;
import org.stratum.engine.generate.Timeline;
import org.stratum.engine.generate.network.Clinician;
import org.stratum.engine.generate.people.Person;
import org.stratum.engine.generate.truth.OutcomeModel;
import org.stratum.engine.generate.truth.TruthTally;

/** Builds a patient's clinical record: health facts, visits, then each care program in turn. */
public final class ClinicalHistoryFactory {
    private static final List<CareProgram> PROGRAMS = List.of(new Enrollment(), new BloodPressureCare(),
            new DiabetesCare(), new CancerScreening(), new PreventiveScreening(), new WeightCare(),
            new ChildImmunizations(), new StatinTherapy(), new ExclusionEvents(), new SocialNeedsScreening(),
            new PatientExperienceSurvey(), new DisabilityQuestions());

    private final Timeline timeline;
    private final ClinicalCodes codes;
    private final OutcomeModel model;
    private final HealthFactory healthFactory;
    private final VisitPlanner visitPlanner;

    public ClinicalHistoryFactory(Timeline timeline, ClinicalCodes codes, OutcomeModel model, List<Clinician> clinicians) {
        this.timeline = timeline;
        this.codes = codes;
        this.model = model;
        this.healthFactory = new HealthFactory(timeline);
        this.visitPlanner = new VisitPlanner(timeline, codes, clinicians);
    }

    public SyntheticPatient build(Person person, Rng rng, TruthTally tally) {
        SyntheticPatient patient = new SyntheticPatient(person);
        Health health = healthFactory.draw(person, rng);
        List<Visit> visits = visitPlanner.plan(person, health, rng, patient);
        CareContext context = new CareContext(person, health, visits, patient, rng, timeline, codes, model, tally);
        for (CareProgram program : PROGRAMS) {
            program.apply(context);
        }
        return patient;
    }
}
