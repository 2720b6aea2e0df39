package nl.plusteam.audit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The dossier-read log's filter, on every way in to case content. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

  /**
   * After the authentication filters of engine REST and our API (both {@code HIGHEST_PRECEDENCE + 10}) and the
   * or-query guard ({@code + 20}), so the reader is known and refused requests never get here.
   */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 30;

  @Bean
  FilterRegistrationBean<ReadLogFilter> dossierReadLogFilter(DossierReadLog log, IdentityService identityService,
      ObjectMapper objectMapper, CamundaBpmProperties camunda) {
    String webappsApi = camunda.getWebapp().getApplicationPath() + "/api";
    FilterRegistrationBean<ReadLogFilter> registration = new FilterRegistrationBean<>(
        new ReadLogFilter(log, identityService, objectMapper, webappsApi + "/engine/engine"));
    registration.setName("dossier-read-log");
    registration.addUrlPatterns("/engine-rest/*", webappsApi + "/engine/*", "/api/*");
    registration.setOrder(ORDER);
    return registration;
  }
}
