package nl.plusteam.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Bounded query results ({@code queryMaxResultsLimit}) for the REST API, not for Camunda's own webapps.
 *
 * <p>The engine applies the limit to every query of a logged-in user. Camunda's webapps do not keep to it:
 * Tasklist loads the filters with {@code maxResults=2000}, Cockpit reads a process's versions without paging and
 * its job definitions with {@code maxResults=2000} (seen in a browser: Tasklist showed no filters, Cockpit's
 * process page failed). So the limit holds for {@code /engine-rest} (Modeler, scripts, other systems), which
 * must page, and is lifted while a request of the webapps' own API ({@code /camunda/api/*}) runs; authorization
 * applies there as everywhere.
 *
 * <p>The starter's engine configuration, with one change: the limit is read per request.
 */
@Configuration(proxyBeanMethods = false)
class BoundedQueriesConfiguration {

  private static final ThreadLocal<Boolean> WEBAPP_REQUEST = ThreadLocal.withInitial(() -> false);

  /** Replaces the starter's {@code processEngineConfigurationImpl} (same construction, see CamundaBpmConfiguration). */
  @Bean
  ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> processEnginePlugins) {
    SpringProcessEngineConfiguration configuration = CamundaSpringBootUtil.initCustomFields(
        new SpringProcessEngineConfiguration() {
          @Override
          public int getQueryMaxResultsLimit() {
            return WEBAPP_REQUEST.get() ? Integer.MAX_VALUE : super.getQueryMaxResultsLimit();
          }
        });
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(processEnginePlugins));
    return configuration;
  }

  @Bean
  FilterRegistrationBean<Filter> webappRequestMarker(CamundaBpmProperties camunda) {
    Filter marker = (ServletRequest request, ServletResponse response, FilterChain chain) -> mark(request, response,
        chain);
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(marker);
    registration.setName("webapp-request-marker");
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  private static void mark(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    WEBAPP_REQUEST.set(true);
    try {
      chain.doFilter(request, response);
    } finally {
      WEBAPP_REQUEST.remove();
    }
  }
}
