package nl.plusteam.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;

/** The dashboard's API: who may see what, and clear Dutch answers to wrong questions. */
@PlusTeamTest
class KpiApiTests {

  @LocalServerPort
  int port;

  @Test
  void teamManagerAndDirector_getAllKpisOfAPeriod_withDutchLabels() {
    for (String user : new String[] {"teammanager", "directeur"}) {
      Http.Response response = Http.basic(port, user, user).get("/api/kpi?van=2019-01-01&tot=2019-03-31&gemeente=waalre");
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      JsonNode body = response.json();
      assertThat(body.path("period").path("label").asText()).isEqualTo("1e kwartaal 2019");
      assertThat(body.path("period").path("municipalityLabel").asText()).isEqualTo("Waalre");
      assertThat(body.path("kpis")).hasSize(Kpi.values().length);
      JsonNode first = body.path("kpis").get(0);
      assertThat(first.path("key").asText()).isEqualTo("handoffsReceived");
      assertThat(first.path("display").asText()).isEqualTo("0");
      JsonNode intake = body.path("kpis").get(1);
      assertThat(intake.path("display").asText()).isEqualTo("geen gegevens");
      assertThat(intake.has("light")).as("no light without data").isFalse();
      assertThat(intake.path("norm").asText()).isEqualTo("groen: 90% of meer · oranje: 75% tot 90% · rood: onder 75%");
    }
  }

  @Test
  void otherRoles_areRefused_andNobodyAnonymous() {
    for (String user : new String[] {"generalist.anna", "cmd.waalre", "procesbeheerder"}) {
      Http http = Http.basic(port, user, user);
      Http.Response kpis = http.get("/api/kpi");
      assertThat(kpis.status()).as(user).isEqualTo(403);
      assertThat(kpis.json().path("detail").asText()).contains("teammanager en de directeur");
      assertThat(http.get("/api/kpi/intakeOnTime/casussen").status()).as(user).isEqualTo(403);
      assertThat(http.get("/api/kpi/trend").status()).as(user).isEqualTo(403);
      assertThat(http.get("/api/ik").json().path("canSeeCases").asBoolean()).as(user).isFalse();
    }
    assertThat(Http.anonymous(port).get("/api/kpi").status()).isEqualTo(401);
  }

  @Test
  void wrongQuestions_getA400OrA404_thatSaysWhatIsWrong() {
    Http manager = Http.basic(port, "teammanager", "teammanager");
    assertThat(detail(manager.get("/api/kpi?van=2019-13-01&tot=2019-12-31"), 400)).contains("jjjj-mm-dd");
    assertThat(detail(manager.get("/api/kpi?van=2019-04-01&tot=2019-01-01"), 400)).contains("vóór de begindatum");
    assertThat(detail(manager.get("/api/kpi?van=2019-01-01"), 400)).contains("'tot'");
    assertThat(detail(manager.get("/api/kpi?van=2017-01-01&tot=2019-01-01"), 400)).contains("hoogstens een jaar");
    assertThat(detail(manager.get("/api/kpi?gemeente=eindhoven"), 400)).contains("geldrop-mierlo, waalre of beide");
    assertThat(detail(manager.get("/api/kpi?van=2099-01-01&tot=2099-03-31"), 400)).contains("begint pas");
    assertThat(detail(manager.get("/api/kpi/trend?kwartalen=40"), 400)).contains("1 tot en met 12");
    assertThat(detail(manager.get("/api/kpi/wachttijd/casussen"), 404)).contains("intakeOnTime");
  }

  @Test
  void trend_givesTheLastEndedQuarters_oldestFirst() {
    JsonNode trend = Http.basic(port, "directeur", "directeur").get("/api/kpi/trend?kwartalen=4").json();
    assertThat(trend.path("quarters")).hasSize(4);
    assertThat(trend.path("kpis")).hasSize(Kpi.values().length);
    JsonNode quarters = trend.path("quarters");
    assertThat(quarters.get(0).path("from").asText()).isLessThan(quarters.get(3).path("from").asText());
    assertThat(quarters.get(3).path("values").has("handoffsReceived")).isTrue();
  }

  private static String detail(Http.Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    return response.json().path("detail").asText();
  }
}
