package nl.plusteam.system.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class DeadlineCalendarTests {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Test
  void threeWorkingDaysFromFriday_isWednesday_sameTime() {
    ZonedDateTime friday = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, AMSTERDAM);
    assertThat(calendarAt(friday).after("P3D", true).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, AMSTERDAM).toInstant());
  }

  @Test
  void workingDaysFromSaturday_startCountingOnMonday() {
    ZonedDateTime saturday = ZonedDateTime.of(2026, 11, 28, 9, 0, 0, 0, AMSTERDAM);
    assertThat(calendarAt(saturday).after("P1D", true).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, AMSTERDAM).toInstant());
  }

  @Test
  void fourteenDaysAcrossTheSwitchToWinterTime_keepTheTimeOfDay() {
    ZonedDateTime beforeSwitch = ZonedDateTime.of(2026, 10, 20, 10, 0, 0, 0, AMSTERDAM);
    assertThat(calendarAt(beforeSwitch).after("P14D", false).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 11, 3, 10, 0, 0, 0, AMSTERDAM).toInstant());
  }

  @Test
  void hoursAndMixedTerms() {
    ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, AMSTERDAM);
    assertThat(calendarAt(now).after("PT24H", false).toInstant()).isEqualTo(now.plusHours(24).toInstant());
    assertThat(calendarAt(now).after("P1DT2H", false).toInstant()).isEqualTo(now.plusDays(1).plusHours(2).toInstant());
  }

  @Test
  void invalidTerms_areRefusedInDutch() {
    ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, AMSTERDAM);
    assertThatThrownBy(() -> calendarAt(now).after("14 dagen", false)).hasMessageContaining("geen geldige ISO-8601-duur");
    assertThatThrownBy(() -> calendarAt(now).after("P1M", true)).hasMessageContaining("in dagen");
  }

  private static DeadlineCalendar calendarAt(ZonedDateTime now) {
    return new DeadlineCalendar(Clock.fixed(now.toInstant(), AMSTERDAM));
  }
}
