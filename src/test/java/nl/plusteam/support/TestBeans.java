package nl.plusteam.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class TestBeans {

  /** Which elements and flows of the models the tests ran through (ProcessCoverageTests). */
  @Bean
  ModelCoverage modelCoverage() {
    return new ModelCoverage();
  }

  /** Reachable from engine expressions as ${attackCanary.fire()}: counts whether an expression was evaluated. */
  @Bean
  AttackCanary attackCanary() {
    return new AttackCanary();
  }

  public static class AttackCanary {
    private final AtomicInteger fired = new AtomicInteger();

    public String fire() {
      fired.incrementAndGet();
      return "attacker";
    }

    public int timesFired() {
      return fired.get();
    }
  }
}
