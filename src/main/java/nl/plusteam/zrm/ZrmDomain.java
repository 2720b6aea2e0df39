package nl.plusteam.zrm;

import java.util.Arrays;
import java.util.Optional;

/** The eleven life domains of the Zelfredzaamheid-Matrix (ZRM), with the codes the CMD API uses. */
public enum ZrmDomain {
  FINANCIEN("financien", "Financiën"),
  DAGBESTEDING("dagbesteding", "Dagbesteding"),
  HUISVESTING("huisvesting", "Huisvesting"),
  HUISELIJKE_RELATIES("huiselijke-relaties", "Huiselijke relaties"),
  GEESTELIJKE_GEZONDHEID("geestelijke-gezondheid", "Geestelijke gezondheid"),
  LICHAMELIJKE_GEZONDHEID("lichamelijke-gezondheid", "Lichamelijke gezondheid"),
  VERSLAVING("verslaving", "Verslaving"),
  ADL("adl", "ADL"),
  SOCIAAL_NETWERK("sociaal-netwerk", "Sociaal netwerk"),
  MAATSCHAPPELIJKE_PARTICIPATIE("maatschappelijke-participatie", "Maatschappelijke participatie"),
  JUSTITIE("justitie", "Justitie");

  private final String code;
  private final String label;

  ZrmDomain(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<ZrmDomain> ofCode(String code) {
    return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
  }
}
