package nl.plusteam.casefile;

/** The deadlines whose breach the KPIs count. */
public enum DeadlineKind {
  INTAKE,
  FAMILY_PLAN
}
