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

  /** After the engine REST API's login (order +10), so the check runs as the caller; before any servlet. */
  @Bean
  FilterRegistrationBean<FormSubmissionGuardFilter> formSubmissionGuardFilter(ProcessEngine engine,
      ObjectMapper objectMapper, CamundaBpmProperties camunda) {
    FilterRegistrationBean<FormSubmissionGuardFilter> registration = new FilterRegistrationBean<>(
        new FormSubmissionGuardFilter(engine, objectMapper));
    registration.setName("form-submission-guard");
    registration.addUrlPatterns("/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
