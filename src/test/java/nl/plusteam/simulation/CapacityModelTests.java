package nl.plusteam.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import nl.plusteam.casefile.process.CaseProcess.Elements;
import nl.plusteam.demo.CaseScript;
import nl.plusteam.demo.Pacing;
import nl.plusteam.handoff.Urgency;

/** The capacity model on its own, without the engine: calendars, absence, the spoed rule and the seasons. */
class CapacityModelTests {

  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  @Test
  void absenceSpells_coverTheGivenShareOfGeneralistWeeks() {
    SimulationInput input = input(19.5, 32);
    List<String> team = ids(300);
    CapacityModel model = new CapacityModel(input, team, MONDAY, MONDAY.plusYears(2), new SplittableRandom(5),
        Map::of, at -> {});
    double absent = 0;
    int days = 0;
    for (LocalDate day = MONDAY; day.isBefore(MONDAY.plusYears(2)); day = day.plusWeeks(1)) {
      absent += model.absentOn(day);
      days++;
    }
    assertThat(absent / days / team.size()).isCloseTo(0.195, within(0.03));
    assertThat(new CapacityModel(input(0, 32), team, MONDAY, MONDAY.plusYears(1), new SplittableRandom(5), Map::of,
        at -> {}).absentInWeek(MONDAY)).isZero();
  }

  @Test
  void aTaskIsBookedAfterTheQueue_inWorkingHours_aSpoedIntakeGoesFirst() {
    CapacityModel model = new CapacityModel(input(0, 16), List.of("a", "b"), MONDAY, MONDAY.plusYears(1),
        new SplittableRandom(1), Map::of, at -> {});
    CaseScript regular = script("r", Urgency.REGULIER);
    CaseScript spoed = script("s", Urgency.SPOED);
    model.distribute(regular, MONDAY);
    Instant monday9 = at(MONDAY, 9);

    // "a" works Monday and Tuesday 8 hours (16 a week): 12 hours of plan work end Tuesday 13:00
    Pacing.Turn plan = model.turn(new Pacing.Request(regular, Elements.DRAFT_PLAN, "a", monday9, monday9, "a"));
    assertThat(plan.at()).isEqualTo(at(MONDAY.plusDays(1), 13));
    // for "a" the next task would wait for it; duo partner "b" (Tuesday and Wednesday) finishes it earlier
    Pacing.Turn consent = model.turn(new Pacing.Request(regular, Elements.RECORD_CONSENT, "a", monday9, monday9, "a"));
    assertThat(consent).isEqualTo(new Pacing.Turn(at(MONDAY.plusDays(1), 11), "b"));
    // a spoed intake opened Monday 10:00 does not wait for the queue
    model.distribute(spoed, MONDAY);
    Instant monday10 = at(MONDAY, 10);
    Pacing.Turn intake = model.turn(new Pacing.Request(spoed, Elements.CONDUCT_INTAKE, "a", monday10, monday10, "a"));
    assertThat(intake.at()).isBefore(plan.at());
  }

  @Test
  void theTeamManagerDistributesOnTheNextWorkingDayAt9_orAtOnce() {
    CapacityModel daily = new CapacityModel(input(0, 32), ids(2), MONDAY, MONDAY.plusYears(1),
        new SplittableRandom(1), Map::of, at -> {});
    Instant friday17 = at(MONDAY.plusDays(4), 17);
    assertThat(daily.teamManagerAnswers(friday17)).isEqualTo(at(MONDAY.plusDays(7), 9));
    assertThat(daily.teamManagerAnswers(at(MONDAY, 8))).isEqualTo(at(MONDAY, 9));
  }

  @Test
  void seasons_peakInWinter_dipInSummerAndAtChristmas() {
    assertThat(SimulatedHandoffs.season(LocalDate.of(2027, 1, 25), 0.2)).isCloseTo(1.2, within(0.01));
    assertThat(SimulatedHandoffs.season(LocalDate.of(2027, 7, 26), 0.2)).isCloseTo(0.8, within(0.01));
    assertThat(SimulatedHandoffs.season(LocalDate.of(2027, 12, 27), 0.2)).isEqualTo(0.8);
    assertThat(SimulatedHandoffs.season(LocalDate.of(2027, 7, 26), 0)).isEqualTo(1.0);
    SplittableRandom random = new SplittableRandom(3);
    double sum = 0;
    for (int i = 0; i < 5000; i++) {
      sum += SimulatedHandoffs.poisson(13, random);
    }
    assertThat(sum / 5000).isCloseTo(13, within(0.3));
  }

  private static SimulationInput input(double absence, double hours) {
    return new SimulationInput(2, absence, 5, 0, 0, 4, 0, 1, hours, 0, 3, 12, 2, 2, 1, true);
  }

  private static List<String> ids(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add("g" + i);
    }
    return ids;
  }

  private static CaseScript script(String key, Urgency urgency) {
    return CaseScript.builder(key, MONDAY.atTime(8, 30).atZone(CaseScript.AMSTERDAM)).team("a", "b").urgency(urgency)
        .build();
  }

  private static Instant at(LocalDate day, int hour) {
    return ZonedDateTime.of(day.atTime(hour, 0), CaseScript.AMSTERDAM).toInstant();
  }
}
