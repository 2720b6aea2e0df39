package nl.plusteam.caseload.process;

/** The {@code afwezigheid} model's contract with the code: its key, element ids and variables. */
public final class AbsenceProcess {

  public static final String KEY = "afwezigheid";

  private AbsenceProcess() {}

  /** Element ids of processes/afwezigheid.bpmn the code and tests refer to. */
  public static final class Elements {
    public static final String START = "startEvent_absenceReported";
    public static final String RECORD_ABSENCE = "serviceTask_recordAbsence";
    public static final String COVER_NEEDED = "gateway_coverNeeded";
    public static final String ARRANGE_COVER = "userTask_arrangeCover";
    public static final String RECORD_COVER = "serviceTask_recordCover";
    public static final String COVER_ARRANGED = "endEvent_coverArranged";
    public static final String NO_CASES = "endEvent_noCasesToCover";

    private Elements() {}
  }

  public static final class Variables {
    public static final String ABSENT_GENERALIST = "absentGeneralist";
    public static final String ABSENT_FROM = "absentFrom";
    /** When the cover should be arranged: the end of the absence's first day, or of today if it already began. */
    public static final String COVER_DUE = "coverDue";
    public static final String COVER_NEEDED = "coverNeeded";

    private Variables() {}
  }
}
