package nl.plusteam.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.InvalidCaseInputException;
import nl.plusteam.casefile.NextStep;
import nl.plusteam.familyplan.FamilyPlan;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.familyplan.PlanGoal;
import nl.plusteam.scaling.ScalingService;
import nl.plusteam.system.DutchDates;
import nl.plusteam.system.process.DossierFields;
import nl.plusteam.system.process.DossierInput;
import nl.plusteam.zrm.ZrmDomain;
import nl.plusteam.zrm.ZrmMeasurement;
import nl.plusteam.zrm.ZrmService;

/** Evaluations with the family: per goal how far and why, a new ZRM measurement, satisfaction, the next step. */
@Service
public class EvaluationService {

  private final EvaluationRepository evaluations;
  private final FamilyPlanService plans;
  private final ZrmService zrm;
  private final ScalingService scaling;
  private final Clock clock;

  EvaluationService(EvaluationRepository evaluations, FamilyPlanService plans, ZrmService zrm, ScalingService scaling,
      Clock clock) {
    this.evaluations = evaluations;
    this.plans = plans;
    this.zrm = zrm;
    this.scaling = scaling;
    this.clock = clock;
  }

  /** The option values of the evaluation form. */
  static final Map<String, GoalOutcome.Outcome> OUTCOMES = java.util.Arrays.stream(GoalOutcome.Outcome.values())
      .collect(java.util.stream.Collectors.toUnmodifiableMap(GoalOutcome.Outcome::formCode, o -> o));

  /** Records the evaluation and the change of track it decides; returns the next step's code for the engine. */
  @Transactional
  public String record(Long caseFileId, JsonNode dossier, String actor, String sourceKey) {
    FamilyPlan plan = plans.current(caseFileId)
        .orElseThrow(() -> new InvalidCaseInputException("Er is geen gezinsplan om te evalueren."));
    DossierFields fields = DossierFields.of(dossier);
    LocalDate heldOn = fields.dateNotInFuture("heldOn", "de datum van de evaluatie", LocalDate.now(clock));
    List<GoalOutcome> outcomes = new ArrayList<>();
    List<JsonNode> goalNodes = fields.slots("goal", "doel", FamilyPlanService.MAX_GOALS, 0);
    for (PlanGoal goal : plan.getGoals()) {
      JsonNode node = goalNodes.stream().filter(n -> n.path("goalId").asLong() == goal.getId()).findFirst().orElse(null);
      DossierFields goalFields = fields.nested(node, "Doel " + (goal.getPosition() + 1) + " (" + goal.getDomain().label() + ")");
      GoalOutcome.Outcome outcome = goalFields.choice("outcome", "of het doel is bereikt", OUTCOMES);
      String why = goalFields.text("why", "waarom (ook als het doel is bereikt)", 2000);
      if (outcome != null && why != null) {
        outcomes.add(new GoalOutcome(goal.getId(), outcome, why));
      }
    }
    Map<ZrmDomain, Integer> scores = zrm.read(fields);
    Integer satisfaction = fields.number("satisfaction", "de tevredenheid van het gezin", 1, 10);
    NextStep next = fields.choice("nextStep", "de volgende stap", NextStep::ofCode);
    String reason = fields.optionalText("nextStepReason", "de toelichting bij de volgende stap", 4000);
    if (next != null && next.scalesDown() && reason == null) {
      fields.problem("licht toe waarom de casus afschaalt naar: " + next.label().toLowerCase() + ".");
    }
    if (next == NextStep.LIFE_COURSE && !fields.node("tripleL").asBoolean(false)) {
      fields.problem("levensloopondersteuning is alleen voor Triple-L-huishoudens; bevestig dat dit huishouden Triple L is.");
    }
    fields.orRefuse();
    if (!evaluations.existsBySourceKey(sourceKey)) {
      ZrmMeasurement measurement = zrm.record(caseFileId, heldOn, ZrmMeasurement.Occasion.EVALUATION, scores, actor,
          sourceKey);
      evaluations.save(new Evaluation(caseFileId, plan.getId(), heldOn, satisfaction, next, measurement.getId(),
          outcomes, actor, sourceKey));
    }
    scaling.recordNextStep(caseFileId, next, reason, heldOn, actor, sourceKey);
    return next.code();
  }

  @Transactional(readOnly = true)
  public List<Evaluation> of(Long caseFileId) {
    return evaluations.findByCaseFileIdOrderByHeldOnAsc(caseFileId);
  }

  /**
   * The plan's status in a few lines, for whoever takes the case over (the CMD at a handback): per goal
   * its intended result and the latest evaluation's outcome.
   */
  @Transactional(readOnly = true)
  public String planStatus(Long caseFileId) {
    Optional<FamilyPlan> plan = plans.current(caseFileId);
    if (plan.isEmpty()) {
      return "Er is geen gezinsplan.";
    }
    List<Evaluation> all = of(caseFileId);
    Evaluation last = all.isEmpty() ? null : all.get(all.size() - 1);
    StringBuilder text = new StringBuilder("Gezinsplan versie " + plan.get().getVersion() + " ("
        + plan.get().getStatus().label().toLowerCase() + ")" + (last == null ? ", nog niet geëvalueerd" :
        ", laatste evaluatie " + DutchDates.format(last.getHeldOn())) + ":");
    for (PlanGoal goal : plan.get().getGoals()) {
      text.append("\n- ").append(goal.getDomain().label()).append(": ").append(goal.getIntendedResult());
      if (last != null) {
        last.getGoals().stream().filter(g -> g.goalId().equals(goal.getId())).findFirst()
            .ifPresent(g -> text.append(" — ").append(g.outcome().label()));
      }
    }
    return text.toString();
  }

  /** What the evaluation form shows: the plan's goals to score, and the previous ZRM measurement. */
  @Transactional(readOnly = true)
  public ObjectNode asFormData(Long caseFileId) {
    ObjectNode data = DossierInput.newObject();
    plans.current(caseFileId).ifPresent(plan -> {
      int slot = 0;
      for (PlanGoal goal : plan.getGoals().subList(0, Math.min(FamilyPlanService.MAX_GOALS, plan.getGoals().size()))) {
        data.putObject("goal" + (++slot)).put("goalId", goal.getId())
            .put("goal", goal.getDomain().label() + ": " + goal.getIntendedResult()
                + " (uiterlijk " + DutchDates.format(goal.getTargetDate()) + ")");
      }
    });
    Optional<ZrmMeasurement> previous = zrm.latest(caseFileId);
    previous.ifPresent(m -> {
      data.put("previousZrm", "Vorige meting (" + DutchDates.format(m.getMeasuredOn()) + "): "
          + ZrmService.describe(m.getScores()));
      ObjectNode scores = data.putObject("zrm");
      m.getScores().forEach((domain, score) -> scores.put(domain.formKey(), score));
    });
    return data;
  }

  /** The date of each case's last evaluation; cases never evaluated are absent. */
  @Transactional(readOnly = true)
  public java.util.Map<Long, java.time.LocalDate> lastEvaluations(java.util.Collection<Long> caseFileIds) {
    java.util.Map<Long, java.time.LocalDate> last = new java.util.HashMap<>();
    if (!caseFileIds.isEmpty()) {
      for (Object[] row : evaluations.lastHeldOn(caseFileIds)) {
        last.put((Long) row[0], (java.time.LocalDate) row[1]);
      }
    }
    return last;
  }
}
