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

  public static Optional<ZrmDomain> ofCode(String code) {
    return Coded.ofCode(ZrmDomain.class, code);
  }
}
