package nl.plusteam.postgres;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.plusteam.demo.CaseHistory;
import nl.plusteam.demo.CaseHistoryDriver;
import nl.plusteam.demo.CaseScript;
import nl.plusteam.reporting.KnownHistory;
import nl.plusteam.reporting.KpiService;
import nl.plusteam.support.PostgresPlusTeamTest;

/** The same known-answer history as on H2, on PostgreSQL: the KPI queries must give the same numbers there. */
@PostgresPlusTeamTest
class PostgresKpiKnownAnswerTests {

  @Autowired
  CaseHistoryDriver driver;
  @Autowired
  KpiService kpis;

  @Test
  void everyKpiOfTheFirstHalfOf2021_isTheAnswerWorkedOutByHand_onPostgres() {
    List<CaseScript> scripts = KnownHistory.scripts("kat-pg");
    CaseHistory history = driver.run(scripts, KnownHistory.END);
    KnownHistory.assertKnownAnswers(kpis, history, scripts);
  }
}
