package nl.plusteam.referral.process;

/** The {@code verwijzing} model: a start form in Tasklist that records a referral on a case. */
public final class ReferralProcess {

  public static final String KEY = "verwijzing";

  private ReferralProcess() {}

  public static final class Elements {
    public static final String START = "startEvent_referralRegistered";
    public static final String RECORD = "serviceTask_recordReferral";
    public static final String END = "endEvent_referralRecorded";

    private Elements() {}
  }
}
