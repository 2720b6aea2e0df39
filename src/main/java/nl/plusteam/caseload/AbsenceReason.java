package nl.plusteam.caseload;

import java.util.Arrays;
import java.util.Optional;

/** Why a generalist is not available (the improvement plan counts 19.5% long-term absence). */
public enum AbsenceReason {
  SICK("ziek", "Langdurig ziek"),
  LEAVE("verlof", "Verlof"),
  LEAVER("uit-dienst", "Uit dienst"),
  OTHER("anders", "Anders");

  private final String code;
  private final String label;

  AbsenceReason(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<AbsenceReason> ofCode(String code) {
    return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
  }
}
