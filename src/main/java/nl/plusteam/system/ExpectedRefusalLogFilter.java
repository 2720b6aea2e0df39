package nl.plusteam.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps refused input out of the error log. The engine logs every exception that ends a command as
 * ERROR with a full stack trace (ENGINE-16004), also when a form submission is refused with a Dutch
 * validation message and answered with HTTP 400. Those are the user's mistakes, not the application's:
 * they are dropped here. Every other engine error is logged as before. Registered in logback-spring.xml.
 */
public class ExpectedRefusalLogFilter extends TurboFilter {

  static final String ENGINE_COMMAND_CONTEXT = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || !ENGINE_COMMAND_CONTEXT.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    return isRefusal(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean isRefusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof FormFieldValidationException) {
        return true;
      }
    }
    return false;
  }
}
