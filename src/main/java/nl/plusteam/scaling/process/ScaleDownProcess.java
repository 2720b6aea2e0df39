package nl.plusteam.scaling.process;

/** The {@code afschalen} model: a team manager's start form that scales a running case down. */
public final class ScaleDownProcess {

  public static final String KEY = "afschalen";

  private ScaleDownProcess() {}

  public static final class Elements {
    public static final String START = "startEvent_scaleDownRequested";
    public static final String SCALE_DOWN = "serviceTask_scaleDown";
    public static final String END = "endEvent_scaledDown";

    private Elements() {}
  }
}
