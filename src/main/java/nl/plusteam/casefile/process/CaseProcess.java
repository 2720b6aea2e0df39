package nl.plusteam.casefile.process;

/** The {@code casus} model's contract with the code: its key, element ids and variables. */
public final class CaseProcess {

  public static final String KEY = "casus";
  public static final String INTAKE_TERMS_DECISION = "intakeTerms";

  private CaseProcess() {}

  /** Element ids of processes/casus.bpmn the code and tests refer to. */
  public static final class Elements {
    public static final String START = "startEvent_handoffReceived";
    public static final String DETERMINE_INTAKE_TERMS = "businessRuleTask_determineIntakeTerms";
    public static final String INTAKE_PERIOD = "subProcess_intakePeriod";
    public static final String DISTRIBUTE = "userTask_distributeHandoff";
    public static final String ASSIGN = "serviceTask_assignCase";
    public static final String CONDUCT_INTAKE = "userTask_conductIntake";
    public static final String RECORD_INTAKE = "serviceTask_recordIntake";
    public static final String INTAKE_HELD = "endEvent_intakeHeld";
    public static final String INTAKE_REMINDER = "timer_intakeReminder";
    public static final String REMIND_INTAKE = "serviceTask_remindIntake";
    public static final String INTAKE_DEADLINE = "timer_intakeDeadline";
    public static final String RECORD_INTAKE_BREACH = "serviceTask_recordIntakeBreach";
    public static final String HANDLE_INTAKE_ESCALATION = "userTask_handleIntakeEscalation";
    public static final String ESCALATION_DECISION = "gateway_escalationDecision";
    public static final String REASSIGN_LEAD = "serviceTask_reassignLead";
    public static final String ESCALATION_HANDLED = "endEvent_escalationHandled";
    public static final String HOUSEHOLD_FITS = "gateway_householdFits";
    public static final String RETURN_CASE = "userTask_returnCase";
    public static final String CASE_RETURNED = "endEvent_caseReturned";
    public static final String PLAN_PHASE = "subProcess_planPhase";
    public static final String DRAFT_PLAN = "userTask_draftFamilyPlan";
    public static final String RECORD_PLAN = "serviceTask_recordFamilyPlan";
    public static final String RECORD_CONSENT = "userTask_recordFamilyConsent";
    public static final String STORE_CONSENT = "serviceTask_recordFamilyConsent";
    public static final String PLAN_CONSENTED = "endEvent_planConsented";
    public static final String DISCUSS_CASE = "userTask_discussCase";
    public static final String PLAN_NOT_AGREED = "endEvent_planNotAgreed";
    public static final String PLAN_REMINDER = "timer_planReminder";
    public static final String PLAN_DEADLINE = "timer_planDeadline";
    public static final String RECORD_PLAN_BREACH = "serviceTask_recordPlanBreach";
    public static final String HANDLE_PLAN_ESCALATION = "userTask_handlePlanEscalation";
    public static final String SUPPORT = "subProcess_support";
    /** Where a case in support waits: for the evaluation interval or the plan's last target date. */
    public static final String NEXT_EVALUATION = "gateway_nextEvaluation";
    public static final String EVALUATION_INTERVAL = "timer_evaluationInterval";
    public static final String PLAN_END_DATE = "timer_planEndDate";
    public static final String EVALUATE = "userTask_evaluateWithFamily";
    public static final String RECORD_EVALUATION = "serviceTask_recordEvaluation";
    public static final String CONTINUE_WITH_REVISED_PLAN = "flow_continueWithRevisedPlan";
    /** Life-course track: where a case waits for its yearly evaluation. */
    public static final String YEARLY_EVALUATION = "timer_yearlyEvaluation";
    public static final String SCALE_DOWN_BY_TEAM_MANAGER = "message_scaleDownByTeamManager";
    public static final String NEXT_STEP = "gateway_nextStep";
    public static final String MONITORING = "subProcess_monitoring";
    public static final String MONITORING_CHECK_IN_TIMER = "timer_monitoringCheckIn";
    public static final String MONITORING_CHECK_IN = "userTask_monitoringCheckIn";
    public static final String RECORD_CHECK_IN = "serviceTask_recordCheckIn";
    public static final String HAND_BACK_TO_CMD = "userTask_handBackToCmd";
    public static final String CASE_HANDED_BACK = "endEvent_caseHandedBack";
    public static final String SAFETY_SIGNAL = "subProcess_safetySignal";
    public static final String REPORTING_CODE = "callActivity_reportingCode";
    public static final String SIGNAL_HANDLED = "endEvent_signalHandled";
    public static final String CASE_STOPS_AFTER_SIGNAL = "subProcess_caseStopsAfterSignal";
    public static final String CLOSE_AFTER_SIGNAL = "userTask_closeAfterSignal";
    public static final String CASE_CLOSED_AFTER_SIGNAL = "endEvent_caseClosedAfterSignal";
    public static final String CLOSE_CASE = "userTask_closeCase";
    public static final String RECORD_CLOSING = "serviceTask_recordClosing";
    public static final String CASE_CLOSED = "endEvent_caseClosed";

    private Elements() {}
  }

  /** Process variables: ids, dates and routing facts only. Never names, BSNs or free text. */
  public static final class Variables {
    public static final String CASE_FILE_ID = "caseFileId";
    public static final String CASE_REFERENCE = "caseReference";
    public static final String MUNICIPALITY = "municipality";
    public static final String URGENCY = "urgency";
    /** The CMD group of the household's municipality, for the warm handback. */
    public static final String CMD_GROUP = "cmdGroup";
    public static final String LEAD = "leadGeneralist";
    public static final String PARTNER = "partnerGeneralist";
    /** Result of the decision table intake-terms.dmn. */
    public static final String INTAKE_TERMS = "intakeTerms";
    /** Set from the boundary timer {@code timer_intakeDeadline} when the intake period starts. */
    public static final String INTAKE_DEADLINE = "intakeDeadline";
    /** The intake deadline as Dutch text, for forms. */
    public static final String INTAKE_DEADLINE_TEXT = "intakeDeadlineText";
    public static final String INTAKE_REMINDER = "intakeReminder";
    public static final String ESCALATION_DECISION = "escalationDecision";
    public static final String NEW_LEAD = "newLeadGeneralist";
    public static final String HOUSEHOLD_FITS = "householdFits";
    public static final String PLAN_VERSION = "planVersion";
    public static final String PLAN_CONSENTED = "planConsented";
    /** Rounds without consent since the last team-manager discussion. */
    public static final String CONSENT_ROUNDS = "consentRounds";
    public static final String PLAN_DEADLINE = "planDeadline";
    public static final String PLAN_END_DATE = "planEndDate";
    public static final String DISCUSSION_OUTCOME = "discussionOutcome";
    public static final String NEXT_STEP = "nextStep";
    /** Input parameter of "Evaluatie met gezin": how long after it comes up an evaluation is on time (P14D). */
    public static final String EVALUATION_WITHIN = "evaluationWithin";
    /** "regulier" or "levensloop": which evaluation rhythm the support phase follows. */
    public static final String SUPPORT_TRACK = "supportTrack";
    /** Outcome of the last monitoring check-in: "afsluiten", "verlengen" or "terugval". */
    public static final String CHECK_IN_OUTCOME = "checkInOutcome";
    /** The safety signal the case's meldcode event subprocess starts with, and who raised it. */
    public static final String SAFETY_SIGNAL_ID = "safetySignalId";
    public static final String SIGNAL_RAISED_BY = "signalRaisedBy";
    /** From the meldcode's decision: whether the PlusTeam stays involved. */
    public static final String CASE_CONTINUES = "caseContinues";

    /** Task-local, for the form only: the generalists to choose as lead, with their weighted caseload. */
    public static final String GENERALIST_OPTIONS = "generalistOptions";
    /** Task-local, for the form only: the same generalists, with what this case would add as duo partner. */
    public static final String PARTNER_OPTIONS = "partnerOptions";
    /** Task-local, for the form only: household composition and problem domains, no names. */
    public static final String CASE_SUMMARY = "caseSummary";

    private Variables() {}
  }

  /** Message names the case model listens for. */
  public static final class Messages {
    /** A team manager scales down a case in support (boundary event on the support phase). */
    public static final String SCALE_DOWN = "afschalen";
    /** A lead or partner raised a safety signal (starts the event subprocess "Veiligheidssignaal"). */
    public static final String SAFETY_SIGNAL = "veiligheidssignaal";

    private Messages() {}
  }

  /** Values of {@link Variables#SUPPORT_TRACK}. */
  public static final class SupportTracks {
    public static final String REGULAR = "regulier";
    public static final String LIFE_COURSE = "levensloop";

    private SupportTracks() {}
  }

  /** Values of {@link Variables#ESCALATION_DECISION}. */
  public static final class EscalationDecisions {
    public static final String LEAD_PLANS_INTAKE = "regisseur-plant-intake";
    public static final String REASSIGN = "andere-regisseur";

    private EscalationDecisions() {}
  }
}
