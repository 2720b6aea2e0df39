package nl.plusteam.security;

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
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identityService,
      ObjectMapper objectMapper) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, objectMapper));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OrQueryExpressionGuardFilter> orQueryExpressionGuardFilter(ObjectMapper objectMapper,
      CamundaBpmProperties camunda) {
    FilterRegistrationBean<OrQueryExpressionGuardFilter> registration =
        new FilterRegistrationBean<>(new OrQueryExpressionGuardFilter(objectMapper));
    registration.setName("or-query-expression-guard");
    registration.addUrlPatterns("/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdminSetupGuardFilter> adminSetupGuardFilter(IdentityService identityService,
      CamundaBpmProperties camunda) {
    FilterRegistrationBean<AdminSetupGuardFilter> registration =
        new FilterRegistrationBean<>(new AdminSetupGuardFilter(identityService));
    registration.setName("admin-setup-guard");
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
