package nl.plusteam.system.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Input checks in front of the engine's HTTP APIs. */
@Configuration(proxyBeanMethods = false)
class WebInputConfiguration {

  /** Outermost: a database outage in any layer (the login check included) becomes a 503 with a Dutch message. */
  @Bean
  FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(CamundaBpmProperties camunda) {
    FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
        new DatabaseUnavailableFilter());
    registration.setName("database-unavailable");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", camunda.getWebapp().getApplicationPath() + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * After the engine REST API's login (order +10), so the check runs as the caller, and after the audit's read log
   * (+30); before any servlet.
   */
  @Bean
  FilterRegistrationBean<FormSubmissionGuardFilter> formSubmissionGuardFilter(ProcessEngine engine,
      ObjectMapper objectMapper, CamundaBpmProperties camunda) {
    FilterRegistrationBean<FormSubmissionGuardFilter> registration = new FilterRegistrationBean<>(
        new FormSubmissionGuardFilter(engine, objectMapper));
    registration.setName("form-submission-guard");
    registration.addUrlPatterns("/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 31);
    return registration;
  }
}
