package nl.plusteam.reporting.process;

/** The {@code kwartaalrapportage} model's contract with the code: its key, element ids, message and variables. */
public final class ReportProcess {

  public static final String KEY = "kwartaalrapportage";

  private ReportProcess() {}

  /** Element ids of processes/kwartaalrapportage.bpmn the code and tests refer to. */
  public static final class Elements {
    public static final String QUARTER_ENDED = "timer_quarterEnded";
    public static final String REPORT_REQUESTED = "startEvent_reportRequested";
    public static final String FREEZE_FIGURES = "serviceTask_freezeFigures";
    public static final String NEW_REPORT = "gateway_newReport";
    public static final String ADD_INTERPRETATION = "userTask_addInterpretation";
    public static final String FINALISE = "serviceTask_finaliseReport";
    public static final String REPORT_FINAL = "endEvent_reportFinal";
    public static final String REPORT_EXISTED = "endEvent_reportExisted";

    private Elements() {}
  }

  /** The message a director's request from the dashboard starts a report with. */
  public static final String REQUEST_MESSAGE = "kwartaalrapportageAangevraagd";

  /** Process variables: the report's id and quarter only; the interpretation lives in the dossier. */
  public static final class Variables {
    /** The quarter asked for ("2026-Q3"); without it the last ended quarter. */
    public static final String QUARTER = "quarter";
    public static final String REPORT_ID = "reportId";
    public static final String PERIOD_LABEL = "periodLabel";
    /** False when the quarter already had a report: nothing more to do. */
    public static final String NEW_REPORT = "newReport";
    /** Input parameter of "Duiding toevoegen": how long the director has (P14D). */
    public static final String INTERPRETATION_WITHIN = "interpretationWithin";

    /** Task-local, for the form only. */
    public static final String FIGURE_ROWS = "figureRows";
    public static final String FROZEN_AT_TEXT = "frozenAtText";

    private Variables() {}
  }
}
