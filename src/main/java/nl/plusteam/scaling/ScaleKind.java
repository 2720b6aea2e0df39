package nl.plusteam.scaling;

/** The kinds of scale-up and scale-down the quarterly report counts (handbook steps 7 and 8). */
public enum ScaleKind {
  SAFETY_HELP(Direction.UP, "Meldcode: hulp georganiseerd"),
  VEILIG_THUIS_REPORT(Direction.UP, "Meldcode: melding bij Veilig Thuis"),
  CERTIFIED_INSTITUTION(Direction.UP, "Gecertificeerde instelling betrokken"),
  RELAPSE(Direction.UP, "Terugval na waakvlam: ondersteuning hervat"),
  BACK_TO_REGULAR(Direction.UP, "Van levensloop terug naar reguliere ondersteuning"),
  LIFE_COURSE(Direction.DOWN, "Levensloopondersteuning"),
  MONITORING(Direction.DOWN, "Waakvlam"),
  BACK_TO_CMD(Direction.DOWN, "Terug naar het CMD");

  public enum Direction { UP, DOWN }

  private final Direction direction;
  private final String label;

  ScaleKind(Direction direction, String label) {
    this.direction = direction;
    this.label = label;
  }

  public Direction direction() {
    return direction;
  }

  public String label() {
    return label;
  }
}
