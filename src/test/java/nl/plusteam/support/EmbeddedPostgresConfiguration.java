package nl.plusteam.support;

import java.io.IOException;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the test context. The server is a bean, so it stops after the context
 * that uses it (closing it earlier kills the database under a running engine).
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder().start();
  }

  @Bean
  @Primary
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
        .url(postgres.getJdbcUrl("postgres", "postgres"))
        .username("postgres")
        .password("postgres")
        .build();
    dataSource.setMaximumPoolSize(20);
    return dataSource;
  }
}
