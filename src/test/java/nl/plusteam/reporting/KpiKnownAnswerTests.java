package nl.plusteam.reporting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.plusteam.demo.CaseHistory;
import nl.plusteam.demo.CaseHistoryDriver;
import nl.plusteam.demo.CaseScript;
import nl.plusteam.support.PlusTeamTest;

/** The KPIs over a generated half year whose answers are known in advance (see {@link KnownHistory}), on H2. */
@PlusTeamTest
class KpiKnownAnswerTests {

  @Autowired
  CaseHistoryDriver driver;
  @Autowired
  KpiService kpis;

  @Test
  void everyKpiOfTheFirstHalfOf2021_isTheAnswerWorkedOutByHand() {
    List<CaseScript> scripts = KnownHistory.scripts("kat-h2");
    CaseHistory history = driver.run(scripts, KnownHistory.END);
    KnownHistory.assertKnownAnswers(kpis, history, scripts);
  }
}
