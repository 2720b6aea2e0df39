package nl.plusteam.casefile;

/** The deadlines whose breach the KPIs count. */
public enum DeadlineKind {
  INTAKE,
  FAMILY_PLAN,
  /** The decision (step 5) of the reporting code, after its weighing. */
  SAFETY_DECISION
}
