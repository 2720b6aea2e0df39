package nl.plusteam.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import nl.plusteam.casefile.InvalidCaseInputException;
import nl.plusteam.support.PlusTeamTest;

/** Refused input stays out of the error log; real engine errors do not (logging as the application configures it). */
@PlusTeamTest
class ExpectedRefusalLogFilterTests {

  @Test
  void aRefusedFormIsNotLoggedAsError_butAnyOtherEngineErrorIs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    assertThat(context.getTurboFilterList()).as("registered by logback-spring.xml")
        .anyMatch(f -> f instanceof ExpectedRefusalLogFilter);
    Logger engine = context.getLogger(ExpectedRefusalLogFilter.ENGINE_COMMAND_CONTEXT);
    ListAppender<ILoggingEvent> seen = new ListAppender<>();
    seen.start();
    engine.addAppender(seen);
    ch.qos.logback.classic.Level before = engine.getLevel(); // the test profile silences this logger
    engine.setLevel(ch.qos.logback.classic.Level.ERROR);
    try {
      // the engine's own way of logging: the exception as the last parameter
      engine.error("ENGINE-16004 Exception while closing command context: {}", "x",
          new RuntimeException(new InvalidCaseInputException("Vul de datum van het overleg in.")));
      engine.error("ENGINE-16004 Exception while closing command context: {}", "x", new IllegalStateException("database weg"));
    } finally {
      engine.setLevel(before);
      engine.detachAppender(seen);
    }
    assertThat(seen.list).singleElement()
        .satisfies(event -> assertThat(event.getThrowableProxy().getMessage()).isEqualTo("database weg"));
  }
}
