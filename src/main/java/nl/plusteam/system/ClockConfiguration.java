package nl.plusteam.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  /** The PlusTeam works in Dutch time; deadlines in days are counted in this zone. */
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Bean
  Clock clock() {
    return new EngineClock(AMSTERDAM);
  }
}
