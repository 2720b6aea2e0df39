package nl.plusteam.caseload.process;

/** The {@code caseloadgesprek} model's contract with the code: its key, element ids and variables. */
public final class CaseloadTalkProcess {

  public static final String KEY = "caseloadgesprek";
  /** The rhythm: a timer-start process that starts a round every six weeks (a process has one none or timer start). */
  public static final String RHYTHM_KEY = "caseloadritme";

  private CaseloadTalkProcess() {}

  /** Element ids of processes/caseloadgesprek.bpmn the code and tests refer to. */
  public static final class Elements {
    public static final String ROUND_REQUESTED = "startEvent_roundRequested";
    public static final String PLAN_ROUND = "serviceTask_planRound";
    public static final String TALK_PER_GENERALIST = "subProcess_talkPerGeneralist";
    public static final String PREPARE = "userTask_prepareTalk";
    public static final String RECORD_PREPARATION = "serviceTask_recordPreparation";
    public static final String PREPARATION_DEADLINE = "timer_preparationDeadline";
    public static final String RECORD_UNPREPARED = "serviceTask_recordUnprepared";
    public static final String HOLD_TALK = "userTask_holdTalk";
    public static final String RECORD_TALK = "serviceTask_recordTalk";
    public static final String TALK_HELD = "endEvent_talkHeld";
    public static final String ROUND_DONE = "endEvent_roundDone";

    private Elements() {}
  }

  /** Element ids of processes/caseloadritme.bpmn. */
  public static final class RhythmElements {
    public static final String ROUND_DUE = "timer_roundDue";
    public static final String START_ROUND = "serviceTask_startRound";

    private RhythmElements() {}
  }

  /** Process variables: ids and dates only. What is said in a talk lives in the dossier. */
  public static final class Variables {
    /** Input parameters of "Ronde plannen": when the talks are held after the round starts, and preparation's lead. */
    public static final String TALK_AFTER = "talkAfter";
    public static final String PREPARATION_BEFORE = "preparationBefore";
    /** From the start form: the day the team manager wants to hold the talks (optional). */
    public static final String PLANNED_TALK_DATE = "plannedTalkDate";
    public static final String TALK_DATE = "talkDate";
    public static final String PREPARATION_DEADLINE = "preparationDeadline";
    /** The multi-instance element: the generalist of one talk. */
    public static final String GENERALIST = "generalist";

    /** Task-local, for the forms only. */
    public static final String GENERALIST_NAME = "generalistName";
    public static final String CASELOAD_SUMMARY = "caseloadSummary";
    public static final String CASE_ROWS = "caseRows";
    public static final String CASE_OPTIONS = "caseOptions";
    public static final String TALK_DATE_TEXT = "talkDateText";
    public static final String PREPARATION_STATUS = "preparationStatus";

    private Variables() {}
  }
}
