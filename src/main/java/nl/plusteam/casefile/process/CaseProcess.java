package nl.plusteam.casefile.process;

/** The {@code casus} model's contract with the code: its key, element ids and variables. */
public final class CaseProcess {

  public static final String KEY = "casus";
  public static final String RESOURCE = "processes/casus.bpmn";

  private CaseProcess() {}

  /** Element ids of processes/casus.bpmn the code and tests refer to. */
  public static final class Elements {
    public static final String START = "startEvent_handoffReceived";
    public static final String INTAKE_PERIOD = "subProcess_intakePeriod";
    public static final String DISTRIBUTE = "userTask_distributeHandoff";
    public static final String ASSIGN = "serviceTask_assignCase";
    public static final String CONDUCT_INTAKE = "userTask_conductIntake";
    public static final String RECORD_INTAKE = "serviceTask_recordIntake";
    public static final String INTAKE_HELD = "endEvent_intakeHeld";
    public static final String INTAKE_DEADLINE = "timer_intakeDeadline";
    public static final String RECORD_INTAKE_BREACH = "serviceTask_recordIntakeBreach";
    public static final String HANDLE_INTAKE_ESCALATION = "userTask_handleIntakeEscalation";
    public static final String ESCALATION_DECISION = "gateway_escalationDecision";
    public static final String REASSIGN_LEAD = "serviceTask_reassignLead";
    public static final String ESCALATION_HANDLED = "endEvent_escalationHandled";
    public static final String CASE_INTAKE_DONE = "endEvent_caseIntakeDone";

    private Elements() {}
  }

  /** Process variables: ids, dates and routing facts only. Never names, BSNs or free text. */
  public static final class Variables {
    public static final String CASE_FILE_ID = "caseFileId";
    public static final String CASE_REFERENCE = "caseReference";
    public static final String MUNICIPALITY = "municipality";
    public static final String URGENCY = "urgency";
    public static final String LEAD = "leadGeneralist";
    public static final String PARTNER = "partnerGeneralist";
    /** Set from the boundary timer {@code timer_intakeDeadline} when the intake period starts. */
    public static final String INTAKE_DEADLINE = "intakeDeadline";
    /** The intake deadline as Dutch text, for forms. */
    public static final String INTAKE_DEADLINE_TEXT = "intakeDeadlineText";
    public static final String INTAKE_DATE = "intakeDate";
    public static final String ESCALATION_DECISION = "escalationDecision";
    public static final String NEW_LEAD = "newLeadGeneralist";

    /** Task-local, for the form only: the generalists to choose from, with their caseload. */
    public static final String GENERALIST_OPTIONS = "generalistOptions";
    /** Task-local, for the form only: household composition and problem domains, no names. */
    public static final String CASE_SUMMARY = "caseSummary";

    private Variables() {}
  }

  /** Values of {@link Variables#ESCALATION_DECISION}. */
  public static final class EscalationDecisions {
    public static final String LEAD_PLANS_INTAKE = "regisseur-plant-intake";
    public static final String REASSIGN = "andere-regisseur";

    private EscalationDecisions() {}
  }
}
