package nl.plusteam.casefile;

import java.util.Optional;

import nl.plusteam.system.Coded;

/** Why a case was closed. */
public enum ClosingReason implements Coded {
  DOELEN_BEREIKT("Doelen bereikt"),
  GEEN_AKKOORD_PLAN("Geen akkoord over een gezinsplan"),
  GEZIN_STOPT("Gezin wil stoppen"),
  VERHUISD("Verhuisd buiten de gemeente"),
  OVERGEDRAGEN("Overgedragen na de meldcode (Veilig Thuis of gecertificeerde instelling)"),
  ANDERS("Anders");

  private final String label;

  ClosingReason(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<ClosingReason> ofCode(String code) {
    return Coded.ofCode(ClosingReason.class, code);
  }
}
