package nl.plusteam.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the test context. The server stops when the pool that uses it closes, which
 * Spring does after everything that needs the database (the process engine runs a last command when it
 * closes). zonky's own shutdown hook stopped the server at JVM exit while Spring was still closing the
 * engine, which then waited 30 s for a connection until Surefire killed the JVM.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

  @Bean
  @Primary
  DataSource dataSource() throws IOException {
    // no shutdown hook of its own: it would stop the server at JVM exit while Spring is still closing the engine
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    HikariDataSource dataSource = new HikariDataSource() {
      @Override
      public void close() {
        super.close();
        try {
          postgres.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setPassword("postgres");
    dataSource.setMaximumPoolSize(20);
    return dataSource;
  }
}
