package nl.plusteam.zrm;

import java.util.Optional;

import nl.plusteam.system.Coded;

/** The eleven life domains of the Zelfredzaamheid-Matrix (ZRM), with the codes the CMD API uses. */
public enum ZrmDomain implements Coded {
  FINANCIEN("Financiën"),
  DAGBESTEDING("Dagbesteding"),
  HUISVESTING("Huisvesting"),
  HUISELIJKE_RELATIES("Huiselijke relaties"),
  GEESTELIJKE_GEZONDHEID("Geestelijke gezondheid"),
  LICHAMELIJKE_GEZONDHEID("Lichamelijke gezondheid"),
  VERSLAVING("Verslaving"),
  ADL("ADL"),
  SOCIAAL_NETWERK("Sociaal netwerk"),
  MAATSCHAPPELIJKE_PARTICIPATIE("Maatschappelijke participatie"),
  JUSTITIE("Justitie");

  private final String label;

  ZrmDomain(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The key of this domain's field in forms (form keys are identifiers: huiselijkeRelaties). */
  public String formKey() {
    String[] parts = code().split("-");
    StringBuilder key = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return key.toString();
  }

  public static Optional<ZrmDomain> ofCode(String code) {
    return Coded.ofCode(ZrmDomain.class, code);
  }
}
