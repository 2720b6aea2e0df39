package nl.plusteam.familyplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.InvalidCaseInputException;
import nl.plusteam.system.process.DossierFields;
import nl.plusteam.system.process.DossierInput;
import nl.plusteam.zrm.ZrmDomain;
import nl.plusteam.zrm.ZrmMeasurement;
import nl.plusteam.zrm.ZrmService;
import nl.plusteam.system.DutchDates;

/**
 * The family plan: versions, goals, actions, and the family's consent. Only a version the family and the
 * lead agreed to opens the support phase.
 */
@Service
public class FamilyPlanService {

  static final int MAX_TEXT = 4000;
  /** Slots in the plan form (goal1…goal5, action1…action5). */
  public static final int MAX_GOALS = 5;
  public static final int MAX_ACTIONS = 5;

  private final FamilyPlanRepository plans;
  private final FamilyConsentRepository consents;
  private final ZrmService zrm;
  private final Clock clock;

  FamilyPlanService(FamilyPlanRepository plans, FamilyConsentRepository consents, ZrmService zrm, Clock clock) {
    this.plans = plans;
    this.consents = consents;
    this.zrm = zrm;
    this.clock = clock;
  }

  /** How the family gave its answer: the option values of the consent form. */
  static final List<String> CONSENT_CHANNELS = List.of("mondeling", "schriftelijk", "digitaal");

  /** Records a new plan version from the form; earlier versions are kept as they were. */
  @Transactional
  public FamilyPlan draft(Long caseFileId, JsonNode dossier, String actor, String sourceKey) {
    Optional<FamilyPlan> existing = plans.findBySourceKey(sourceKey);
    if (existing.isPresent()) {
      return existing.get();
    }
    LocalDate today = LocalDate.now(clock);
    DossierFields fields = DossierFields.of(dossier);
    String problems = fields.text("problemStatements", "de probleemstellingen", MAX_TEXT);
    List<JsonNode> goalNodes = fields.slots("goal", "doel", MAX_GOALS, 1);
    List<JsonNode> actionNodes = fields.slots("action", "actie", MAX_ACTIONS, 1);
    FamilyPlan.FourFrames frames = new FamilyPlan.FourFrames(
        fields.optionalText("ownStrength", "eigen kracht", MAX_TEXT),
        fields.optionalText("socialNetwork", "sociaal netwerk", MAX_TEXT),
        fields.optionalText("generalProvisions", "algemene voorzieningen", MAX_TEXT),
        fields.optionalText("customisedProvisions", "maatwerkvoorzieningen", MAX_TEXT));
    if (frames.ownStrength() == null && frames.socialNetwork() == null && frames.generalProvisions() == null
        && frames.customisedProvisions() == null) {
      fields.problem("beschrijf oplossingen langs minstens één van de vier kaders (eigen kracht, sociaal netwerk, "
          + "algemene voorzieningen, maatwerk).");
    }
    int version = plans.findFirstByCaseFileIdOrderByVersionDesc(caseFileId).map(p -> p.getVersion() + 1).orElse(1);
    FamilyPlan plan = new FamilyPlan(caseFileId, version, problems, frames, actor, clock.instant(), sourceKey);
    for (int i = 0; i < goalNodes.size(); i++) {
      DossierFields goal = fields.nested(goalNodes.get(i), "Doel " + (i + 1));
      ZrmDomain domain = goal.choice("domain", "het ZRM-domein", ZrmDomain::ofCode);
      String result = goal.text("intendedResult", "het concrete resultaat", 2000);
      LocalDate target = goal.date("targetDate", "de streefdatum");
      if (target != null && target.isBefore(today)) {
        goal.problem("de streefdatum ligt in het verleden.");
      }
      plan.addGoal(new PlanGoal(i, domain, result, target));
    }
    for (int i = 0; i < actionNodes.size(); i++) {
      DossierFields action = fields.nested(actionNodes.get(i), "Actie " + (i + 1));
      plan.addAction(new PlanAction(i, action.text("description", "wat er gebeurt", 2000),
          action.text("who", "wie het doet", 200), action.date("dueOn", "wanneer")));
    }
    fields.orRefuse();
    // only the version still waiting for an answer, not every version with its goals
    plans.findByCaseFileIdAndStatus(caseFileId, PlanStatus.AWAITING_CONSENT).forEach(FamilyPlan::superseded);
    return plans.save(plan);
  }

  /**
   * The outcome of asking for consent: whether the plan is now agreed, until when it runs, and the consent round
   * this answer was recorded as (a repeated step gets the round recorded the first time, not one more).
   */
  public record ConsentOutcome(boolean consented, LocalDate lastTargetDate, int round) {}

  @Transactional
  public ConsentOutcome recordConsent(Long caseFileId, int round, JsonNode dossier, String actor, String sourceKey) {
    Optional<FamilyConsent> earlier = consents.findBySourceKey(sourceKey);
    if (earlier.isPresent()) {
      FamilyConsent answer = earlier.get();
      FamilyPlan answered = plans.findById(answer.getPlanId()).orElseThrow();
      return new ConsentOutcome(answer.isFamilyAgrees() && answer.isLeadAgrees(),
          answered.lastTargetDate().orElse(LocalDate.now(clock)), answer.getRound());
    }
    FamilyPlan plan = current(caseFileId)
        .orElseThrow(() -> new InvalidCaseInputException("Er is nog geen gezinsplan om akkoord op te geven."));
    if (plan.getStatus() != PlanStatus.AWAITING_CONSENT) {
      throw new InvalidCaseInputException("Planversie " + plan.getVersion() + " heeft al een antwoord; stel een nieuwe versie op.");
    }
    DossierFields fields = DossierFields.of(dossier);
    boolean familyAgrees = fields.yes("familyAgrees", "stemt het gezin in met het plan");
    LocalDate decidedOn = fields.dateNotInFuture("decidedOn", "de datum van het antwoord", LocalDate.now(clock));
    String agreedBy = fields.optionalText("agreedBy", "wie namens het gezin", 200);
    String how = fields.choice("how", "hoe het gezin antwoordde",
        code -> CONSENT_CHANNELS.contains(code) ? Optional.of(code) : Optional.empty());
    boolean leadAgrees = fields.yes("leadAgrees", "stemt de regisseur in met het plan");
    String refusalReason = fields.optionalText("refusalReason", "de reden", MAX_TEXT);
    if (familyAgrees && agreedBy == null) {
      fields.problem("vul in wie namens het gezin akkoord gaf.");
    }
    if ((!familyAgrees || !leadAgrees) && refusalReason == null && !fields.node("familyAgrees").isMissingNode()) {
      fields.problem("geef aan waarom er (nog) geen akkoord is; dat helpt bij de herziening.");
    }
    fields.orRefuse();
    boolean consented = familyAgrees && leadAgrees;
    consents.save(new FamilyConsent(plan.getId(), round, familyAgrees, decidedOn, agreedBy, how, leadAgrees,
        refusalReason, actor, sourceKey));
    if (consented) {
      plan.consented();
    } else {
      plan.refused();
    }
    return new ConsentOutcome(consented, plan.lastTargetDate().orElse(LocalDate.now(clock)), round);
  }

  @Transactional(readOnly = true)
  public Optional<FamilyPlan> current(Long caseFileId) {
    return plans.findFirstByCaseFileIdOrderByVersionDesc(caseFileId);
  }

  @Transactional(readOnly = true)
  public List<FamilyPlan> versions(Long caseFileId) {
    return plans.findByCaseFileIdOrderByVersionAsc(caseFileId);
  }

  @Transactional(readOnly = true)
  public List<FamilyConsent> consents(Long caseFileId) {
    return consents.findByPlanIdIn(versions(caseFileId).stream().map(FamilyPlan::getId).toList());
  }

  /** The support phase needs the current version agreed by family and lead. */
  @Transactional(readOnly = true)
  public boolean currentPlanIsConsented(Long caseFileId) {
    return current(caseFileId).map(p -> p.getStatus() == PlanStatus.CONSENTED).orElse(false);
  }

  /**
   * The current version as form data, so a revision starts from it (empty for the first plan), and the
   * change per ZRM domain from the first to the latest measurement, to plan against.
   */
  @Transactional(readOnly = true)
  public ObjectNode asFormData(Long caseFileId) {
    ObjectNode data = DossierInput.newObject();
    List<ZrmMeasurement> measurements = zrm.history(caseFileId);
    if (measurements.size() > 1) {
      ZrmMeasurement first = measurements.get(0);
      ZrmMeasurement last = measurements.get(measurements.size() - 1);
      data.put("zrmProgress", "Van " + DutchDates.format(first.getMeasuredOn()) + " tot "
          + DutchDates.format(last.getMeasuredOn()) + ": "
          + ZrmService.describeChange(first.getScores(), last.getScores()));
    }
    current(caseFileId).ifPresent(plan -> {
      data.put("previousVersion", "Versie " + plan.getVersion() + " (" + statusLabel(plan.getStatus()) + ")");
      data.put("problemStatements", plan.getProblemStatements());
      FamilyPlan.FourFrames frames = plan.getSolutions();
      putIfPresent(data, "ownStrength", frames.ownStrength());
      putIfPresent(data, "socialNetwork", frames.socialNetwork());
      putIfPresent(data, "generalProvisions", frames.generalProvisions());
      putIfPresent(data, "customisedProvisions", frames.customisedProvisions());
      int g = 0;
      for (PlanGoal goal : plan.getGoals().subList(0, Math.min(MAX_GOALS, plan.getGoals().size()))) {
        data.putObject("goal" + (++g)).put("domain", goal.getDomain().code())
            .put("intendedResult", goal.getIntendedResult()).put("targetDate", goal.getTargetDate().toString());
      }
      int a = 0;
      for (PlanAction action : plan.getActions().subList(0, Math.min(MAX_ACTIONS, plan.getActions().size()))) {
        data.putObject("action" + (++a)).put("description", action.getDescription())
            .put("who", action.getWho()).put("dueOn", action.getDueOn().toString());
      }
    });
    return data;
  }

  /** A readable summary of the version the family is asked to agree to. */
  @Transactional(readOnly = true)
  public ObjectNode asConsentSummary(Long caseFileId) {
    ObjectNode data = DossierInput.newObject();
    current(caseFileId).ifPresent(plan -> {
      StringBuilder summary = new StringBuilder("GEZINSPLAN VERSIE " + plan.getVersion() + "\n\n");
      summary.append("Probleemstellingen:\n").append(plan.getProblemStatements()).append("\n\nDoelen:\n");
      plan.getGoals().forEach(g -> summary.append("- ").append(g.getDomain().label()).append(": ")
          .append(g.getIntendedResult()).append(" (uiterlijk ").append(DutchDates.format(g.getTargetDate())).append(")\n"));
      FamilyPlan.FourFrames frames = plan.getSolutions();
      summary.append("\nOplossingen:\n");
      appendIfPresent(summary, "Eigen kracht", frames.ownStrength());
      appendIfPresent(summary, "Sociaal netwerk", frames.socialNetwork());
      appendIfPresent(summary, "Algemene voorzieningen", frames.generalProvisions());
      appendIfPresent(summary, "Maatwerkvoorzieningen", frames.customisedProvisions());
      summary.append("\nActies:\n");
      plan.getActions().forEach(a -> summary.append("- ").append(a.getDescription()).append(" (").append(a.getWho())
          .append(", uiterlijk ").append(a.getDueOn()).append(")\n"));
      data.put("planSummary", summary.toString());
    });
    return data;
  }

  private static String statusLabel(PlanStatus status) {
    return switch (status) {
      case AWAITING_CONSENT -> "wacht op akkoord";
      case CONSENTED -> "akkoord";
      case REFUSED -> "geen akkoord";
      case SUPERSEDED -> "vervangen";
    };
  }

  private static void appendIfPresent(StringBuilder summary, String label, String value) {
    if (value != null) {
      summary.append("- ").append(label).append(": ").append(value).append("\n");
    }
  }

  private static void putIfPresent(ObjectNode node, String key, String value) {
    if (value != null) {
      node.put(key, value);
    }
  }
}
