package nl.plusteam.familyplan;

/** Where a plan version stands. Only a CONSENTED version lets the case into the support phase. */
public enum PlanStatus {
  AWAITING_CONSENT, CONSENTED, REFUSED, SUPERSEDED
}
