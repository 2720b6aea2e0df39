package nl.plusteam.demo;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;

import nl.plusteam.casefile.NextStep;
import nl.plusteam.casefile.process.CaseProcess.Elements;
import nl.plusteam.safety.process.ReportingCodeProcess;
import nl.plusteam.scaling.MonitoringCheckIn;

/**
 * One script during a run: which case it became, and how far it got. Answers the question the driver asks each
 * time the model opens a task in the case (or in a meldcode it calls): what does the script say is done with it,
 * when, and by whom.
 */
final class ScriptedCase {

  /**
   * Who completes a task, when, and with which form input. {@code user} null: the task is for a group (team
   * manager, director, CMD) and whoever of that group's demo user does it.
   */
  record Reaction(ZonedDateTime at, String user, String what, FormFill fill, boolean opensSupport) {}

  /** The form input, built when the step is taken (a form may show what earlier steps stored). */
  @FunctionalInterface
  interface FormFill {
    Map<String, Object> of(FormInput forms, Task task, LocalDate today);
  }

  private final CaseScript script;
  private final Pacing pacing;
  private final Set<String> seenTasks = new HashSet<>();
  private String caseReference;
  private String processInstanceId;
  private Long caseFileId;
  private boolean failed;
  private boolean supportOpened;

  private CaseScript.Plan plan;
  private int draftsOfPlan;
  private int answersToPlan;
  private int evaluationsHeld;
  private int checkInsHeld;
  private CaseScript.SafetySignal signal;

  ScriptedCase(CaseScript script, Pacing pacing) {
    this.script = script;
    this.pacing = pacing;
    this.plan = script.plan();
  }

  CaseScript script() {
    return script;
  }

  void handedOff(String caseReference, String processInstanceId, Long caseFileId) {
    this.caseReference = caseReference;
    this.processInstanceId = processInstanceId;
    this.caseFileId = caseFileId;
  }

  boolean isHandedOff() {
    return caseReference != null;
  }

  String caseReference() {
    return caseReference;
  }

  String processInstanceId() {
    return processInstanceId;
  }

  Long caseFileId() {
    return caseFileId;
  }

  void fail() {
    failed = true;
  }

  boolean failed() {
    return failed;
  }

  /** True only the first time: referrals and safety signals count from the first consented plan. */
  boolean openSupport() {
    boolean first = !supportOpened;
    supportOpened = true;
    return first;
  }

  /** The meldcode's tasks that follow answer this signal (the application runs one meldcode at a time per case). */
  void raised(CaseScript.SafetySignal signal) {
    this.signal = signal;
  }

  /**
   * The script's answer to a task the model opened, or empty to leave it open (the script ends there, or the task
   * is not the script's business). Each task is answered once.
   */
  Optional<Reaction> reactTo(Task task, ZonedDateTime created) {
    if (!seenTasks.add(task.getId())) {
      return Optional.empty();
    }
    String lead = task.getAssignee() != null ? task.getAssignee() : script.lead();
    return switch (task.getTaskDefinitionKey()) {
      case Elements.DISTRIBUTE -> Optional.of(new Reaction(script.handedOffAt().plus(script.distributedAfter()), null,
          "aanmelding verdelen", (f, t, d) -> distribution(f, d), false));
      case Elements.CONDUCT_INTAKE -> Optional.of(new Reaction(script.handedOffAt().plusDays(script.intakeAfterDays()),
          lead, "intakegesprek", (f, t, d) -> f.intake(script, d), false));
      case Elements.HANDLE_INTAKE_ESCALATION -> management(created, "intake-escalatie", (f, t, d) -> f.intakeEscalation());
      case Elements.HANDLE_PLAN_ESCALATION -> management(created, "plan-escalatie", (f, t, d) -> f.planEscalation());
      case Elements.DISCUSS_CASE -> management(created, "casus bespreken", (f, t, d) -> f.caseDiscussion());
      case Elements.RETURN_CASE -> Optional.of(new Reaction(created.plusDays(script.cmdRespondsAfterDays()), null,
          "casus retour", (f, t, d) -> f.returnAcknowledged(), false));
      case Elements.HAND_BACK_TO_CMD -> Optional.of(new Reaction(created.plusDays(script.cmdRespondsAfterDays()), null,
          "casus terug naar het CMD", (f, t, d) -> f.handbackAcknowledged(), false));
      case Elements.DRAFT_PLAN -> Optional.of(draft(created, lead));
      case Elements.RECORD_CONSENT -> Optional.of(answer(created, lead));
      case Elements.EVALUATE -> evaluate(created, lead);
      case Elements.MONITORING_CHECK_IN -> checkIn(created, lead);
      case Elements.CLOSE_CASE, Elements.CLOSE_AFTER_SIGNAL -> Optional.ofNullable(script.closing())
          .map(closing -> new Reaction(created.plusDays(closing.afterDays()), lead, "casus afsluiten",
              (f, t, d) -> f.closing(closing, d), false));
      default -> Optional.ofNullable(signal).flatMap(current -> reportingCode(task, created, lead, current));
    };
  }

  /** The team the pacing chooses when the team manager submits the form (the script's team by default). */
  private Map<String, Object> distribution(FormInput forms, LocalDate today) {
    Pacing.Duo duo = pacing.distribute(script, today);
    return forms.distribution(duo.lead(), duo.partner());
  }

  /** The meldcode's steps, taken by whoever raised the signal (the lead); the team manager and director join. */
  private Optional<Reaction> reportingCode(Task task, ZonedDateTime created, String raisedBy,
      CaseScript.SafetySignal current) {
    ZonedDateTime step = created.plusDays(current.stepAfterDays());
    return switch (task.getTaskDefinitionKey()) {
      case ReportingCodeProcess.Elements.CONSULT -> Optional.of(new Reaction(step, raisedBy, "meldcode overleg",
          (f, t, d) -> f.consultation(d), false));
      case ReportingCodeProcess.Elements.TALK_WITH_CLIENT -> Optional.of(new Reaction(step, raisedBy,
          "meldcode gesprek", (f, t, d) -> f.clientTalk(d), false));
      case ReportingCodeProcess.Elements.WEIGH -> Optional.of(new Reaction(step, raisedBy, "meldcode weging",
          (f, t, d) -> f.weighing(current), false));
      case ReportingCodeProcess.Elements.DECIDE -> Optional.of(new Reaction(
          created.plusDays(current.decideAfterDays()), raisedBy, "meldcode besluit",
          (f, t, d) -> f.decision(current, d), false));
      case ReportingCodeProcess.Elements.JOIN_DECISION -> management(created, "meldcode meebeslissen",
          (f, t, d) -> f.teamManagerJoined());
      case ReportingCodeProcess.Elements.HANDLE_LATE_DECISION -> management(created, "meldcode besluit te laat",
          (f, t, d) -> f.lateDecisionHandled());
      default -> Optional.empty();
    };
  }

  /** A task for the team manager (or, by the model's choice, the director). */
  private Optional<Reaction> management(ZonedDateTime created, String what, FormFill fill) {
    return Optional.of(new Reaction(created.plusDays(script.teamManagerRespondsAfterDays()), null, what, fill, false));
  }

  private Reaction draft(ZonedDateTime created, String lead) {
    CaseScript.Plan version = plan;
    int days = draftsOfPlan++ == 0 ? version.draftAfterDays() : version.reviseAfterDays();
    return new Reaction(created.plusDays(days), lead, "gezinsplan versie", (f, t, d) -> f.plan(t.getId(), version, d),
        false);
  }

  private Reaction answer(ZonedDateTime created, String lead) {
    boolean agrees = answersToPlan++ >= plan.refusals();
    return new Reaction(created.plusDays(plan.consentAfterDays()), lead, agrees ? "akkoord gezin" : "geen akkoord gezin",
        (f, t, d) -> f.consent(script, agrees, d), agrees);
  }

  private Optional<Reaction> evaluate(ZonedDateTime created, String lead) {
    if (evaluationsHeld >= script.evaluations().size()) {
      return Optional.empty();
    }
    CaseScript.Evaluation evaluation = script.evaluations().get(evaluationsHeld++);
    if (evaluation.nextStep() == NextStep.CONTINUE) {
      revise(evaluation.revision());
    }
    return Optional.of(new Reaction(created.plusDays(evaluation.heldAfterDays()), lead,
        "evaluatie " + evaluationsHeld, (f, t, d) -> f.evaluation(t.getId(), evaluation, d), false));
  }

  private Optional<Reaction> checkIn(ZonedDateTime created, String lead) {
    if (checkInsHeld >= script.checkIns().size()) {
      return Optional.empty();
    }
    CaseScript.CheckIn checkIn = script.checkIns().get(checkInsHeld++);
    if (checkIn.outcome() == MonitoringCheckIn.Outcome.RELAPSE) {
      revise(checkIn.revision());
    }
    return Optional.of(new Reaction(created.plusDays(checkIn.heldAfterDays()), lead, "waakvlam-contact " + checkInsHeld,
        (f, t, d) -> f.checkIn(checkIn, d), false));
  }

  /** The model loops back to the plan phase: a new plan with its own consent rounds (by default the same goals). */
  private void revise(CaseScript.Plan revision) {
    plan = revision != null ? revision : new CaseScript.Plan(7, plan.goals(), 0, 7, 7);
    draftsOfPlan = 0;
    answersToPlan = 0;
  }
}
