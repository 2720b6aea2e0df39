package nl.plusteam.safety.process;

import nl.plusteam.casefile.process.CaseProcess;

/**
 * The {@code meldcode} model (the five steps of the reporting code, called from a case) and the
 * {@code veiligheidssignaal} model (the Tasklist start form that raises a signal: step 1).
 */
public final class ReportingCodeProcess {

  public static final String KEY = "meldcode";
  public static final String RAISE_KEY = "veiligheidssignaal";
  public static final String WEIGHING_DECISION = "meldcodeWeighing";

  private ReportingCodeProcess() {}

  /** Element ids of processes/meldcode.bpmn. */
  public static final class Elements {
    public static final String START = "startEvent_signalsMapped";
    public static final String CONSULT = "userTask_consult";
    public static final String RECORD_CONSULTATION = "serviceTask_recordConsultation";
    public static final String TALK_WITH_CLIENT = "userTask_talkWithClient";
    public static final String RECORD_CLIENT_TALK = "serviceTask_recordClientTalk";
    public static final String WEIGH = "userTask_weighUnsafety";
    public static final String RECORD_WEIGHING = "serviceTask_recordWeighing";
    public static final String WEIGHING_FRAMEWORK = "businessRuleTask_weighingFramework";
    public static final String RECORD_ASSESSMENT = "serviceTask_recordAssessment";
    public static final String DECISION = "subProcess_decision";
    public static final String DECIDE = "userTask_decide";
    public static final String RECORD_DECISION = "serviceTask_recordDecision";
    public static final String JOIN_DECISION = "userTask_joinDecision";
    public static final String DECISION_DEADLINE = "timer_decisionDeadline";
    public static final String RECORD_DECISION_BREACH = "serviceTask_recordDecisionBreach";
    public static final String HANDLE_LATE_DECISION = "userTask_handleLateDecision";
    public static final String COMPLETED = "endEvent_reportingCodeCompleted";

    private Elements() {}
  }

  /** Process variables of the meldcode: ids, roles and routing facts. The content is in the dossier. */
  public static final class Variables {
    /** Handed in by the case's call activity (same names as in the case). */
    public static final String SAFETY_SIGNAL_ID = CaseProcess.Variables.SAFETY_SIGNAL_ID;
    public static final String RAISED_BY = CaseProcess.Variables.SIGNAL_RAISED_BY;
    public static final String ACUTE_UNSAFETY = "acuteUnsafety";
    public static final String STRUCTURAL_UNSAFETY = "structuralUnsafety";
    public static final String HELP_POSSIBLE = "helpPossible";
    /** Result of the decision table meldcode-weighing.dmn. */
    public static final String WEIGHING = "weighing";
    public static final String INVOLVE_TEAM_MANAGER = "involveTeamManager";
    /** The weighing's outcome as Dutch text, for forms. */
    public static final String ASSESSMENT_TEXT = "assessmentText";
    /** Set from the boundary timer {@code timer_decisionDeadline}. */
    public static final String DECISION_DEADLINE = "decisionDeadline";
    public static final String DECISION_DEADLINE_TEXT = "decisionDeadlineText";
    /** Whether the PlusTeam stays involved after the decision; handed back to the case. */
    public static final String CASE_CONTINUES = CaseProcess.Variables.CASE_CONTINUES;

    private Variables() {}
  }

  /** Element ids of processes/veiligheidssignaal.bpmn. */
  public static final class RaiseElements {
    public static final String START = "startEvent_signalRaised";
    public static final String RAISE = "serviceTask_raiseSignal";

    private RaiseElements() {}
  }
}
