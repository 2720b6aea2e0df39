package nl.plusteam.caseload;

import java.util.Arrays;
import java.util.Optional;

/** What an agreed action of a caseload talk does; all but an agreement act on a running case through the engine. */
public enum ActionKind {
  AGREEMENT("afspraak", "Afspraak (zonder wijziging in een casus)"),
  NEW_LEAD("regisseur", "Andere regisseur"),
  NEW_PARTNER("duopartner", "Andere duopartner"),
  THIRD_PARTY("derde-betrokkene", "Derde betrokkene toevoegen"),
  EVALUATE_EARLIER("eerder-evalueren", "Evaluatie vervroegen"),
  SCALE_DOWN("afschalen", "Afschalen");

  private final String code;
  private final String label;

  ActionKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public boolean needsGeneralist() {
    return this == NEW_LEAD || this == NEW_PARTNER || this == THIRD_PARTY;
  }

  public static Optional<ActionKind> ofCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }
}
