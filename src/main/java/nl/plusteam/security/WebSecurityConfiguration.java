package nl.plusteam.security;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Who may call what over HTTP: nothing of the engine or the dossier is reachable without a login. */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

  /** The engine REST API is open by default in Camunda 7; here it requires a login (HTTP Basic). */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = register(
        new ProcessEngineAuthenticationFilter(), "engine-rest-authentication", 10, "/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identityService,
      ObjectMapper objectMapper, org.camunda.bpm.engine.ProcessEngine engine) {
    return register(new ApiAuthenticationFilter(identityService, objectMapper, engine.getName()), "api-authentication", 10,
        "/api/*");
  }

  @Bean
  FilterRegistrationBean<OrQueryExpressionGuardFilter> orQueryExpressionGuardFilter(ObjectMapper objectMapper,
      CamundaBpmProperties camunda) {
    return register(new OrQueryExpressionGuardFilter(objectMapper), "or-query-expression-guard", 20,
        "/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/*");
  }

  @Bean
  FilterRegistrationBean<AdminSetupGuardFilter> adminSetupGuardFilter(IdentityService identityService,
      CamundaBpmProperties camunda) {
    return register(new AdminSetupGuardFilter(identityService), "admin-setup-guard", 1,
        camunda.getWebapp().getApplicationPath() + "/api/admin/setup/*");
  }

  /** Our filters run before the webapps' own (authentication, CSRF) and before any servlet. */
  private static <F extends Filter> FilterRegistrationBean<F> register(F filter, String name, int order,
      String... urlPatterns) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + order);
    return registration;
  }
}
