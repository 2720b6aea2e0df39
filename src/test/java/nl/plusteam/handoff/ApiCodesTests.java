package nl.plusteam.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.plusteam.system.Coded;
import nl.plusteam.zrm.ZrmDomain;

/** CMD systems integrate against these codes: renaming an enum constant must not change them. */
class ApiCodesTests {

  @Test
  void codesAreTheContractOfTheHandoffApi() {
    assertThat(codes(Municipality.values())).containsExactly("geldrop-mierlo", "waalre");
    assertThat(codes(Urgency.values())).containsExactly("regulier", "spoed");
    assertThat(codes(MemberRole.values())).containsExactly("parent", "child");
    assertThat(codes(ZrmDomain.values())).containsExactly("financien", "dagbesteding", "huisvesting",
        "huiselijke-relaties", "geestelijke-gezondheid", "lichamelijke-gezondheid", "verslaving", "adl",
        "sociaal-netwerk", "maatschappelijke-participatie", "justitie");
  }

  @Test
  void codesAreFoundBack() {
    assertThat(Municipality.ofCode("waalre")).contains(Municipality.WAALRE);
    assertThat(ZrmDomain.ofCode("huiselijke-relaties")).contains(ZrmDomain.HUISELIJKE_RELATIES);
    assertThat(Urgency.ofCode("SPOED")).isEmpty();
  }

  private static String[] codes(Coded[] values) {
    return Arrays.stream(values).map(Coded::code).toArray(String[]::new);
  }
}
