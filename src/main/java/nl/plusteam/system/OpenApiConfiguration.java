package nl.plusteam.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description of the application's own API, served at /api-docs (UI at /api-docs/ui). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI plusTeamOpenApi() {
    return new OpenAPI()
        .info(new Info().title("PlusTeam API").version("1")
            .description("Aanmelden van huishoudens door het CMD en de status daarvan. Inloggen met HTTP Basic "
                + "(dezelfde accounts als Tasklist)."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
  }
}
