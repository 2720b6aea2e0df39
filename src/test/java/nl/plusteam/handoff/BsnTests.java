package nl.plusteam.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTests {

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "999999990"})
  void numbersPassingTheElevenTest_areValid(String bsn) {
    assertThat(Bsn.isValid(bsn)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "111222334", "12345678", "1234567890", "12345678a", "000000000", ""})
  void otherNumbers_areNot(String bsn) {
    assertThat(Bsn.isValid(bsn)).isFalse();
  }
}
